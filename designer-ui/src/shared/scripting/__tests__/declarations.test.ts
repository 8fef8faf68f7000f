import { describe, expect, it } from 'vitest';
import { interfaceOf, parseDeclarations } from '../declarations';
import { completeScript } from '../scriptCompletion';

// The shape the server generates for an entity (docs: the scripting contract).
const text = `// Scripts of the entity 'lead'. They run in strict mode, each under 250 ms.
/** 线索 / Lead */
interface LeadRecord {
  readonly id: number;
  /** 预算 / Budget (number) */
  budget: number | null;
  /**
   * 阶段 / Stage (select)
   */
  stage: 'new' | 'won; (big)' | null;
  // a line comment is no member
  tags: string[];
}
declare const record: LeadRecord;
declare const previous: LeadRecord | null;

/** The user the write is made for; null for a public form submission. */
declare const user: ScriptUser | null;
interface ScriptUser { id: number; name: string; email: string; role: string; team: string | null; region: string | null; industries: string[]; seniority: number; }
interface WorkingDays { add(date: string | Date, days: number): string; between(from: string | Date, to: string | Date): number; isWorkingDay(date: string | Date): boolean; }
declare const workingDays: WorkingDays;
/** The current time (the server's clock). */
declare function now(): Date;
declare function log(...values: unknown[]): void;
declare function related(entity: 'lead' | 'activity', filter?: Record<string, unknown>): Record<string, unknown>[];
declare function emit(name: string, data?: unknown): void;
`;

const labels = (items: { label: string }[] | undefined) => (items ?? []).map((item) => item.label);

describe('parseDeclarations', () => {
  const parsed = parseDeclarations(text);

  it('lists every declared global, constants and functions', () => {
    expect(labels(parsed.globals)).toEqual(['record', 'previous', 'user', 'workingDays', 'now', 'log', 'related', 'emit']);
    expect(parsed.globals.find((item) => item.label === 'now')).toMatchObject({
      kind: 'function',
      detail: '(): Date',
      info: 'The current time (the server\'s clock).',
    });
  });

  it('gives a field its type and the labels from its JSDoc', () => {
    const budget = parsed.members.record.find((item) => item.label === 'budget');
    expect(budget).toEqual({ label: 'budget', kind: 'property', detail: 'number | null', info: '预算 / Budget (number)' });
    const stage = parsed.members.record.find((item) => item.label === 'stage');
    expect(stage?.detail).toBe("'new' | 'won; (big)' | null");
    expect(stage?.info).toBe('阶段 / Stage (select)');
  });

  it('keeps readonly members, marked as such, and skips line comments', () => {
    expect(labels(parsed.members.record)).toEqual(['id', 'budget', 'stage', 'tags']);
    expect(parsed.members.record.map((item) => !!item.readonly)).toEqual([true, false, false, false]);
  });

  it('reaches members through nullable globals (previous, user) and one-line interfaces', () => {
    expect(labels(parsed.members.previous)).toEqual(labels(parsed.members.record));
    expect(labels(parsed.members.user)).toContain('seniority');
    expect(parsed.members.workingDays.find((item) => item.label === 'between')).toEqual({
      label: 'between',
      kind: 'method',
      detail: '(from: string | Date, to: string | Date): number',
      info: undefined,
    });
  });

  it('answers nothing for text that is not declarations', () => {
    expect(parseDeclarations('garbage ( without end')).toEqual({ globals: [], interfaces: {}, members: {} });
  });
});

describe('interfaceOf', () => {
  it('drops null and undefined but refuses real unions', () => {
    expect(interfaceOf('LeadRecord | null')).toBe('LeadRecord');
    expect(interfaceOf('string | number')).toBeUndefined();
    expect(interfaceOf('Record<string, unknown>[]')).toBeUndefined();
  });
});

describe('completeScript', () => {
  const parsed = parseDeclarations(text);

  it('offers the record fields after `record.` and keeps the typed prefix replaceable', () => {
    const before = 'return record.bu';
    const answer = completeScript(parsed, before);
    expect(labels(answer?.options)).toContain('budget');
    expect(answer?.from).toBe(before.length - 2);
  });

  it('offers members after optional chaining and for working days', () => {
    expect(labels(completeScript(parsed, 'previous?.')?.options)).toContain('stage');
    expect(labels(completeScript(parsed, 'workingDays.')?.options)).toEqual(['add', 'between', 'isWorkingDay']);
  });

  it('offers nothing after an unknown object or a nested member', () => {
    expect(completeScript(parsed, 'Math.')).toBeUndefined();
    expect(completeScript(parsed, 'record.budget.')).toBeUndefined();
    expect(completeScript(parsed, 'xrecord.')).toBeUndefined();
    expect(completeScript(parsed, 'foo.rec')).toBeUndefined();
  });

  it('offers the globals while a word is typed, and on request with none', () => {
    expect(completeScript(parsed, 'const x = wor')?.from).toBe('const x = '.length);
    expect(completeScript(parsed, 'x = ')).toBeUndefined();
    expect(labels(completeScript(parsed, 'x = ', true)?.options)).toContain('related');
  });
});
