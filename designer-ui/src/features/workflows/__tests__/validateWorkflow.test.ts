import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { issueCount, validateWorkflow } from '../validateWorkflow';
import type { ElsaActivity, ElsaWorkflow } from '../types';

function load(path: string): ElsaWorkflow {
  return JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8').replace(/^\uFEFF/, '')) as ElsaWorkflow;
}

const literal = (value: unknown, typeName = 'String') => ({ typeName, expression: { type: 'Literal', value } });
const js = (value: string) => ({ typeName: 'Object', expression: { type: 'JavaScript', value } });

function flow(activities: ElsaActivity[], connections: unknown[] = [], extra: Partial<ElsaWorkflow> = {}): ElsaWorkflow {
  return { definitionId: 'd', root: { id: 'root', type: 'Elsa.Flowchart', activities, connections }, ...extra };
}

const link = (source: string, target: string, port = 'Done') => ({ source: { activity: source, port }, target: { activity: target, port: 'In' } });
const created: ElsaActivity = { id: 'start', type: 'Platform.RecordCreated', customProperties: { canStartWorkflow: true }, entity: literal('lead') };
const codes = (result: ReturnType<typeof validateWorkflow>, id: string) => (result.activities[id] ?? []).map((i) => i.code);

describe('validateWorkflow', () => {
  it('accepts the lead-intake example', () => {
    const result = validateWorkflow(load('./fixtures/lead-intake.json'), { entities: ['lead'] });
    expect(result).toEqual({ activities: {}, workflow: [] });
  });

  it('accepts an Elsa cron workflow every hour and refuses the bad cron expression', () => {
    expect(issueCount(validateWorkflow(load('./elsa-samples/ImportAndPublish__cron-every-hour.json')))).toBe(0);
    const bad = validateWorkflow(load('./elsa-samples/ImportAndPublish__bad-cron-expression.json'));
    expect(bad.activities['13658e4b3bfafaaf']).toEqual([
      { code: 'badCron', messageKey: 'workflows.issues.badCron', params: { input: 'cronExpression', value: 'BadCronExpression' } },
    ]);
  });

  it('begins a workflow without a Start or trigger where the engine does: the first node nothing leads into', () => {
    const hello = validateWorkflow(flow([{ id: 'w', type: 'Elsa.WriteLine', text: literal('hi') }]));
    expect(hello).toEqual({ activities: {}, workflow: [] });
    const two = validateWorkflow(flow([{ id: 'a', type: 'Elsa.WriteLine', text: literal('a') }, { id: 'b', type: 'Elsa.WriteLine', text: literal('b') }]));
    expect(codes(two, 'b')).toEqual(['unreachable']);
    expect(codes(two, 'a')).toEqual([]);
  });

  it('says a workflow whose every node has a way in, and no Start or trigger, cannot begin', () => {
    const loop = flow(
      [{ id: 'a', type: 'Elsa.WriteLine', text: literal('a') }, { id: 'b', type: 'Elsa.WriteLine', text: literal('b') }],
      [link('a', 'b'), link('b', 'a')],
    );
    expect(validateWorkflow(loop).workflow.map((i) => i.code)).toEqual(['noStart']);
    expect(validateWorkflow(flow([])).workflow.map((i) => i.code)).toEqual(['empty']);
  });

  it('finds nothing wrong in the Elsa samples the engine runs, except the bad cron expression', () => {
    const names = readdirSync(new URL('./elsa-samples/', import.meta.url)).filter((n) => n.endsWith('.json') && !n.includes('bad-cron'));
    for (const name of names) {
      const result = validateWorkflow(load(`./elsa-samples/${name}`));
      const found = [...result.workflow, ...Object.values(result.activities).flat()].map((i) => i.code);
      expect({ name, found }).toEqual({ name, found: [] });
    }
  });

  it('flags nodes that no path from a start reaches', () => {
    const result = validateWorkflow(
      flow(
        [created, { id: 'a', type: 'Elsa.WriteLine', text: literal('a') }, { id: 'island', type: 'Elsa.WriteLine', text: literal('b') }],
        [link('start', 'a')],
      ),
      { entities: ['lead'] },
    );
    expect(codes(result, 'island')).toEqual(['unreachable']);
    expect(codes(result, 'a')).toEqual([]);
  });

  it('flags connections to missing activities and from ports the activity does not have', () => {
    const decision: ElsaActivity = { id: 'dec', type: 'Elsa.FlowDecision', condition: js('true') };
    const result = validateWorkflow(flow([created, decision], [link('start', 'dec'), link('dec', 'ghost', 'True'), link('dec', 'start', 'Maybe'), link('a', 'b')]));
    expect(result.activities.dec.map((i) => [i.code, i.params])).toEqual([
      ['dangling', { index: 1, id: 'ghost' }],
      ['unknownPort', { port: 'Maybe' }],
    ]);
    expect(result.workflow.map((i) => [i.code, i.params])).toEqual([['dangling', { index: 3, id: 'a' }]]);
  });

  it('takes switch case labels and HTTP status codes as ports', () => {
    const sw: ElsaActivity = { id: 'sw', type: 'Elsa.FlowSwitch', cases: [{ label: 'Big', condition: { type: 'JavaScript', value: 'true' } }] };
    const http: ElsaActivity = { id: 'h', type: 'Elsa.FlowSendHttpRequest', url: literal('https://x.test'), expectedStatusCodes: { typeName: 'Int32[]', expression: { type: 'Object', value: '[200, 404]' } } };
    const result = validateWorkflow(flow([{ id: 's', type: 'Elsa.Start' }, sw, http], [link('s', 'sw'), link('sw', 'h', 'Big'), link('sw', 'h', 'Default'), link('h', 's', '404')]));
    expect(result).toEqual({ activities: {}, workflow: [] });
  });

  it('flags missing required inputs, blank text counting as missing', () => {
    const task: ElsaActivity = { id: 't', type: 'Platform.CreateTask', title: literal('  ') };
    const setVar: ElsaActivity = { id: 'v', type: 'Elsa.SetVariable', value: literal(1) };
    const result = validateWorkflow(flow([created, task, setVar], [link('start', 't'), link('t', 'v')]), { entities: ['lead'] });
    expect(result.activities.t.map((i) => i.params)).toEqual([{ input: 'title' }]);
    expect(result.activities.v.map((i) => [i.code, i.params])).toEqual([['required', { input: 'variable' }]]);
  });

  it('gives the line and column of a script that does not parse', () => {
    const decision: ElsaActivity = { id: 'dec', type: 'Elsa.FlowDecision', condition: js('const a = 1;\nreturn a >;') };
    const script: ElsaActivity = { id: 'run', type: 'Platform.RunScript', script: literal('return {a: 1') };
    const result = validateWorkflow(flow([created, decision, script], [link('start', 'dec'), link('dec', 'run', 'True')]), { entities: ['lead'] });
    expect(result.activities.dec).toEqual([
      { code: 'script', messageKey: 'workflows.issues.script', params: { input: 'condition', line: 2, column: 11, message: 'Unexpected token' } },
    ]);
    expect(codes(result, 'run')).toEqual(['script']);
  });

  it('accepts a top-level return and an object literal expression', () => {
    const script: ElsaActivity = { id: 'run', type: 'Platform.RunScript', script: literal('if (record.x) return 1;\nreturn ({ a: 2 });') };
    expect(codes(validateWorkflow(flow([created, script], [link('start', 'run')]), { entities: ['lead'] }), 'run')).toEqual([]);
  });

  it('flags record triggers that cannot fire: no entity, an unknown entity, a script instead of a literal', () => {
    const none: ElsaActivity = { id: 'a', type: 'Platform.RecordUpdated', customProperties: { canStartWorkflow: true } };
    const unknown: ElsaActivity = { id: 'b', type: 'Platform.RecordDeleted', customProperties: { canStartWorkflow: true }, entity: literal('lemon') };
    const scripted: ElsaActivity = { id: 'c', type: 'Platform.RecordCreated', customProperties: { canStartWorkflow: true }, entity: js("'lead'") };
    const result = validateWorkflow(flow([none, unknown, scripted]), { entities: ['lead'] });
    expect(codes(result, 'a')).toEqual(['required']);
    expect(result.activities.b.map((i) => [i.code, i.params])).toEqual([['unknownEntity', { entity: 'lemon' }]]);
    expect(codes(result, 'c')).toEqual(['triggerNotLiteral']);
  });

  it('checks a schedule cron with five or six fields', () => {
    const schedule = (cron: string): ElsaActivity => ({ id: 's', type: 'Platform.Schedule', customProperties: { canStartWorkflow: true }, cron: literal(cron) });
    expect(codes(validateWorkflow(flow([schedule('0 9 * * 1')])), 's')).toEqual([]);
    expect(codes(validateWorkflow(flow([schedule('0 0 9 * * MON-FRI')])), 's')).toEqual([]);
    expect(codes(validateWorkflow(flow([schedule('0 25 * * 1')])), 's')).toEqual(['badCron']);
    expect(codes(validateWorkflow(flow([schedule('every monday')])), 's')).toEqual(['badCron']);
  });

  it('flags a variable that the workflow does not declare', () => {
    const setVar: ElsaActivity = { id: 'v', type: 'Elsa.SetVariable', variable: { id: 'x1', name: 'x' }, value: literal(1) };
    const declared = flow([{ id: 's', type: 'Elsa.Start' }, setVar], [link('s', 'v')], { variables: [{ id: 'x1', name: 'x', typeName: 'Int32' }] });
    expect(codes(validateWorkflow(declared), 'v')).toEqual([]);
    expect(codes(validateWorkflow({ ...declared, variables: [] }), 'v')).toEqual(['unknownVariable']);
  });

  it('does not judge activities it does not know beyond their scripts and connections', () => {
    const unknown: ElsaActivity = { id: 'u', type: 'Acme.Thing', anything: literal('x'), port: js('1 +') };
    const result = validateWorkflow(flow([{ id: 's', type: 'Elsa.Start' }, unknown], [link('s', 'u'), link('u', 's', 'Whatever')]));
    expect(codes(result, 'u')).toEqual(['script']);
  });
});
