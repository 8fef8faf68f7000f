import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../../shared/schema';
import { fieldChoices, gradeFieldChoices, toggledRule, toRuleBody, toRuleForm } from '../ruleForm';
import { isStarterScript, starterScript } from '../ruleTemplates';
import type { Rule } from '../types';

const fields = [
  { slug: 'name', type: 'text', label: {} },
  { slug: 'budget', type: 'number', label: {} },
  { slug: 'amount', type: 'currency', label: {} },
  { slug: 'stars', type: 'rating', label: {} },
  { slug: 'total', type: 'formula', resultType: 'number', label: {} },
  { slug: 'grade', type: 'select', label: {}, options: [] },
  { slug: 'notes', type: 'longtext', label: {} },
] as FieldDefinition[];

const slugs = (items: FieldDefinition[]) => items.map((field) => field.slug);

/** Runs a starter score script the way the sandbox does: a function body over `record`. */
function runScore(record: Record<string, unknown>) {
  return new Function('record', starterScript('score', 'en'))(record) as {
    score: number;
    grade: string;
    reasons: { rule: string; points: number }[];
  };
}

describe('the BANT starter script', () => {
  it('grades 15 points and more as A', () => {
    const result = runScore({ budget: 5, need: 4, decision: 3, urgency: 3 });
    expect(result).toMatchObject({ score: 15, grade: 'A' });
    expect(result.reasons).toEqual([
      { rule: 'budget', points: 5 },
      { rule: 'need', points: 4 },
      { rule: 'decision', points: 3 },
      { rule: 'urgency', points: 3 },
    ]);
  });

  it('grades 8 to 14 as B and below 8 as C', () => {
    expect(runScore({ budget: 2, need: 2, decision: 2, urgency: 2 })).toMatchObject({ score: 8, grade: 'B' });
    expect(runScore({ budget: 4, need: 4, decision: 3, urgency: 3 })).toMatchObject({ score: 14, grade: 'B' });
    expect(runScore({ budget: 1, need: 2, decision: 2, urgency: 2 })).toMatchObject({ score: 7, grade: 'C' });
  });

  it('keeps each part between 1 and 5, an empty one counting 1', () => {
    expect(runScore({ budget: 9, need: null, decision: -3, urgency: 2.6 }).reasons.map((reason) => reason.points)).toEqual([
      5, 1, 1, 3,
    ]);
  });
});

describe('starter scripts', () => {
  it('speak the UI language in their comments and keep the code the same', () => {
    expect(starterScript('validation', 'zh-CN')).toContain('返回 true');
    expect(starterScript('validation', 'en')).toContain('Return true');
    expect(starterScript('score', 'en').split('\n').slice(2)).toEqual(starterScript('score', 'zh-CN').split('\n').slice(2));
  });

  it('are recognised so a kind change may replace them, but an edited script is kept', () => {
    expect(isStarterScript(starterScript('afterSave', 'en'))).toBe(true);
    expect(isStarterScript('  ')).toBe(true);
    expect(isStarterScript(starterScript('score', 'en') + 'log(1);')).toBe(false);
  });
});

describe('rule form', () => {
  const rule: Rule = {
    slug: 'bant',
    kind: 'score',
    label: { en: 'BANT' },
    script: 'return { score: 1 };',
    field: 'budget',
    gradeField: 'grade',
    enabled: true,
    position: 0,
  };

  it('round-trips a score rule without the read-only parts', () => {
    expect(toRuleBody(toRuleForm(rule))).toEqual({
      slug: 'bant',
      kind: 'score',
      label: { en: 'BANT' },
      script: 'return { score: 1 };',
      field: 'budget',
      gradeField: 'grade',
      enabled: true,
    });
  });

  it('drops the bindings a kind does not have', () => {
    expect(toRuleBody({ ...toRuleForm(rule), kind: 'validation' })).toMatchObject({ field: 'budget', gradeField: null });
    expect(toRuleBody({ ...toRuleForm(rule), kind: 'beforeSave' })).toMatchObject({ field: null, gradeField: null });
  });

  it('switches a rule off and keeps the rest', () => {
    expect(toggledRule(rule, false)).toMatchObject({ slug: 'bant', enabled: false, script: rule.script, field: 'budget' });
  });

  it('offers number fields for a score, any field for a message, text or choice for a grade', () => {
    expect(slugs(fieldChoices('score', fields))).toEqual(['budget', 'amount', 'stars']);
    expect(slugs(fieldChoices('validation', fields))).toEqual(slugs(fields));
    expect(fieldChoices('afterSave', fields)).toEqual([]);
    expect(slugs(gradeFieldChoices(fields))).toEqual(['name', 'grade']);
  });
});
