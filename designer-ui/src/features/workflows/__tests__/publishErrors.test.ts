import { describe, expect, it } from 'vitest';
import { serverIssues } from '../publishErrors';
import type { ElsaWorkflow } from '../types';

const doc: ElsaWorkflow = {
  definitionId: 'd',
  root: {
    id: 'r',
    type: 'Elsa.Flowchart',
    activities: [
      { id: 'task', type: 'Platform.CreateTask' },
      { id: 'v1.2', type: 'Elsa.WriteLine' },
    ],
    connections: [{ source: { activity: 'task', port: 'Done' }, target: { activity: 'v1.2', port: 'In' } }],
  },
};

describe('serverIssues', () => {
  it('puts each error on the node, the input or the connection it names', () => {
    const issues = serverIssues(
      {
        'activities.task.title': ['Title is required.'],
        'activities.v1.2': ['Unreachable.'],
        'connections.0': ['Port Done does not exist.'],
        workflow: ['No trigger.'],
        'activities.ghost': ['Gone.'],
      },
      doc,
    );
    expect(issues).toEqual({
      activities: { task: ['title: Title is required.', 'Port Done does not exist.'], 'v1.2': ['Unreachable.'] },
      workflow: ['No trigger.', 'Gone.'],
    });
  });
});
