import { describe, expect, it } from 'vitest';
import { activityNames } from '../activityNames';
import type { ElsaWorkflow } from '../../workflows';

describe('activityNames', () => {
  it('names activities by name, display text or short type, nested ones included', () => {
    const workflow: ElsaWorkflow = {
      definitionId: 'd',
      root: {
        id: 'root',
        type: 'Elsa.Flowchart',
        activities: [
          { id: 'a', type: 'Platform.CreateTask', name: 'Call back' },
          { id: 'b', type: 'Elsa.Delay', metadata: { displayText: 'Wait a day' } },
          { id: 'c', type: 'Elsa.Flowchart', activities: [{ id: 'c1', type: 'Elsa.WriteLine' }] },
        ],
      },
    };
    const names = activityNames(workflow);
    expect(names.get('a')).toBe('Call back');
    expect(names.get('b')).toBe('Wait a day');
    expect(names.get('c1')).toBe('WriteLine');
  });

  it('takes names from the journal for activities the version does not have', () => {
    const names = activityNames(undefined, [
      { at: 'x', activityId: 'gone', activityType: 'Elsa.SetVariable', activityName: null, activityInstanceId: 'i', event: 'Started' },
    ]);
    expect(names.get('gone')).toBe('SetVariable');
  });
});
