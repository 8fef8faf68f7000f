import { describe, expect, it } from 'vitest';
import { triggerEntity } from '../triggerEntity';
import type { ElsaWorkflow } from '../../workflows';

const flow = (activities: ElsaWorkflow['root']['activities']): ElsaWorkflow => ({
  definitionId: 'd',
  root: { id: 'flow', type: 'Elsa.Flowchart', activities },
});

describe('triggerEntity', () => {
  it('finds the literal entity of a record trigger', () => {
    const workflow = flow([
      { id: 'log', type: 'Elsa.WriteLine' },
      { id: 'start', type: 'Platform.RecordCreated', entity: { typeName: 'String', expression: { type: 'Literal', value: 'lead' } } },
    ]);
    expect(triggerEntity(workflow)).toBe('lead');
  });

  it('gives nothing when the entity is computed by a script or there is no record activity', () => {
    const scripted = flow([
      { id: 'start', type: 'Platform.RecordCreated', entity: { expression: { type: 'JavaScript', value: '"lead"' } } },
    ]);
    expect(triggerEntity(scripted)).toBeUndefined();
    expect(triggerEntity(flow([{ id: 'start', type: 'Elsa.Start' }]))).toBeUndefined();
    expect(triggerEntity(undefined)).toBeUndefined();
  });
});
