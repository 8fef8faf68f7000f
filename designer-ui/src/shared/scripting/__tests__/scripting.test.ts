import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../api';
import { errorRange } from '../errorRange';
import { messageMarker } from '../messageMarker';
import { parseRecordJson, recordJson } from '../recordJson';
import { gradeColor, isScoreResult, reasonTotal } from '../scoreResult';
import { scriptFailure } from '../scriptFailure';
import type { FieldDefinition } from '../../schema';

describe('errorRange', () => {
  const doc = Text.of(['const a = 1;', '  retrun a;', '']);

  it('underlines the word at the line and column', () => {
    const range = errorRange(doc, 2, 3);
    expect(doc.sliceString(range.from, range.to)).toBe('retrun');
    expect(range.line).toBe(2);
  });

  it('underlines the rest of the line when no word starts there', () => {
    const range = errorRange(doc, 1, 9);
    expect(doc.sliceString(range.from, range.to)).toBe('= 1;');
  });

  it('clamps a position past the end instead of throwing', () => {
    expect(errorRange(doc, 99, 99)).toEqual({ from: doc.length, to: doc.length, line: 3 });
    expect(errorRange(doc, 0, 0)).toEqual({ from: 0, to: 5, line: 1 });
  });
});

describe('messageMarker', () => {
  it('reads the place from English, Chinese and short forms', () => {
    expect(messageMarker('Unexpected token at line 3, column 5')).toMatchObject({ line: 3, column: 5 });
    expect(messageMarker('语法错误：第 3 行第 5 列，意外的标记')).toMatchObject({ line: 3, column: 5 });
    expect(messageMarker('Unexpected identifier (12:7)')).toMatchObject({ line: 12, column: 7 });
  });

  it('answers nothing for a message without a place', () => {
    expect(messageMarker('The script is empty')).toBeUndefined();
  });
});

describe('scoreResult', () => {
  it('recognises a score and colours grades A, B, C', () => {
    expect(isScoreResult({ score: 12, grade: 'B' })).toBe(true);
    expect(isScoreResult({ score: '12' })).toBe(false);
    expect(isScoreResult(null)).toBe(false);
    expect([gradeColor('A'), gradeColor('b'), gradeColor('C'), gradeColor('D'), gradeColor(null)]).toEqual([
      'green',
      'gold',
      'red',
      'blue',
      'blue',
    ]);
  });

  it('adds up the reasons', () => {
    expect(reasonTotal({ score: 9, reasons: [{ rule: 'budget', points: 4 }, { rule: 'need', points: 5 }] })).toBe(9);
    expect(reasonTotal({ score: 0 })).toBe(0);
  });
});

describe('recordJson', () => {
  const fields = [
    { slug: 'name', type: 'text', label: {} },
    { slug: 'owner', type: 'user', label: {} },
    { slug: 'total', type: 'formula', label: {} },
  ] as FieldDefinition[];

  it('starts from the chosen record, links as ids, computed fields left out', () => {
    const text = recordJson(fields, { id: 3, name: 'Acme', owner: { id: 7, name: 'Li' }, total: 12 });
    expect(JSON.parse(text)).toEqual({ name: 'Acme', owner: 7 });
  });

  it('lists every field empty without a record', () => {
    expect(JSON.parse(recordJson(fields))).toEqual({ name: null, owner: null });
  });

  it('accepts an object and refuses broken JSON or an array', () => {
    expect(parseRecordJson('{"budget": 5}')).toEqual({ ok: true, value: { budget: 5 } });
    expect(parseRecordJson('')).toEqual({ ok: true, value: {} });
    expect(parseRecordJson('{budget: 5}')).toMatchObject({ ok: false, reason: 'syntax' });
    expect(parseRecordJson('[1]')).toEqual({ ok: false, reason: 'notObject' });
  });
});

describe('scriptFailure', () => {
  const body = {
    type: 'https://platform.local/problems/script',
    title: 'A script refused the save',
    status: 422,
    detail: 'bant: timeout',
    script: 'bant',
    scriptKind: 'score',
    kind: 'timeout',
    message: 'The script ran longer than 250 ms',
    line: 2,
    column: 1,
  };

  it('reads the script, its kind, the failure and the place', () => {
    expect(scriptFailure(new ProblemError(422, body))).toEqual({
      script: 'bant',
      scriptKind: 'score',
      kind: 'timeout',
      message: 'The script ran longer than 250 ms',
      line: 2,
      column: 1,
    });
  });

  it('ignores other problems, even a 422 of another type', () => {
    expect(scriptFailure(new ProblemError(422, { ...body, type: 'https://platform.local/problems/other' }))).toBeUndefined();
    expect(scriptFailure(new ProblemError(400, body))).toBeUndefined();
    expect(scriptFailure(new Error('x'))).toBeUndefined();
  });
});
