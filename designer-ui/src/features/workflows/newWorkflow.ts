import { newActivityId } from './newActivity';
import type { ElsaWorkflow } from './types';

const schema = 'https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json';

/** An empty definition in Elsa's export shape, with one Start node. */
export function newWorkflow(definitionId: string, name: string, id: () => string = newActivityId): ElsaWorkflow {
  return {
    $schema: schema,
    id: id(),
    definitionId,
    name,
    version: 1,
    toolVersion: '3.3.0.0',
    variables: [],
    inputs: [],
    outputs: [],
    outcomes: [],
    customProperties: {},
    isReadonly: false,
    isSystem: false,
    isLatest: true,
    isPublished: false,
    options: { autoUpdateConsumingWorkflows: false },
    root: {
      id: id(),
      type: 'Elsa.Flowchart',
      version: 1,
      name: 'Flowchart1',
      customProperties: { notFoundConnections: [], canStartWorkflow: false, runAsynchronously: false },
      metadata: {},
      activities: [
        {
          id: id(),
          type: 'Elsa.Start',
          version: 1,
          name: 'Start1',
          customProperties: { canStartWorkflow: false, runAsynchronously: false },
          metadata: { designer: { position: { x: 0, y: 0 } } },
        },
      ],
      variables: [],
      connections: [],
    },
  };
}

/** A definition id from a name: lower-case letters, digits and dashes, with a short random tail so two "Lead intake"s differ. */
export function definitionIdFor(name: string, random: string = newActivityId().slice(0, 6)): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug ? `${slug}-${random}` : `workflow-${random}`;
}
