import { describe, expect, it } from 'vitest';
import { newActivity, newActivityName } from '../newActivity';
import { definitionIdFor, newWorkflow } from '../newWorkflow';
import { validateWorkflow } from '../validateWorkflow';

describe('newActivity', () => {
  it('names a node after its type with the first free number', () => {
    expect(newActivityName('Elsa.WriteLine', ['WriteLine1', 'WriteLine3', undefined])).toBe('WriteLine2');
  });

  it('marks a trigger to start the workflow and writes the starting values as wrapped inputs', () => {
    const timer = newActivity('Elsa.Timer', { x: 10, y: 20 }, 't1', []);
    expect(timer).toEqual({
      id: 't1',
      type: 'Elsa.Timer',
      version: 1,
      name: 'Timer1',
      customProperties: { canStartWorkflow: true, runAsynchronously: false },
      metadata: { designer: { position: { x: 10, y: 20 } } },
      interval: { typeName: 'TimeSpan', expression: { type: 'Literal', value: '01:00:00' } },
    });
  });

  it('leaves an action unmarked', () => {
    expect(newActivity('Platform.CreateTask', { x: 0, y: 0 }, 'x', []).customProperties).toEqual({ canStartWorkflow: false, runAsynchronously: false });
  });
});

describe('newWorkflow', () => {
  it('is a valid Elsa document with one Start node', () => {
    let n = 0;
    const doc = newWorkflow('lead-flow', 'Lead flow', () => `id${++n}`);
    expect(doc.root.activities!.map((a) => a.type)).toEqual(['Elsa.Start']);
    expect(validateWorkflow(doc)).toEqual({ activities: {}, workflow: [] });
  });

  it('makes a definition id the server accepts from any name', () => {
    expect(definitionIdFor('Lead intake (v2)', 'abc123')).toBe('lead-intake-v2-abc123');
    expect(definitionIdFor('线索分配', 'abc123')).toBe('workflow-abc123');
    expect(definitionIdFor('Lead intake')).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/);
  });
});
