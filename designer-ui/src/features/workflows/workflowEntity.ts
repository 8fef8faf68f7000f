import { readInput } from './activityInputs';
import type { ActivityNode, ElsaActivity } from './types';

const recordTriggers = new Set(['Platform.RecordCreated', 'Platform.RecordUpdated', 'Platform.RecordDeleted', 'Platform.StageChanged', 'Platform.DateReached']);

export function literalString(activity: ElsaActivity, name: string): string | undefined {
  const input = readInput(activity, name);
  return input?.kind === 'Literal' && typeof input.value === 'string' && input.value.trim() ? input.value.trim() : undefined;
}

/** The entity the workflow is about: the one its first record trigger names (scripts complete that entity's fields). */
export function workflowEntity(nodes: ActivityNode[]): string | undefined {
  for (const node of nodes) {
    if (recordTriggers.has(node.data.activity.type)) {
      const entity = literalString(node.data.activity, 'entity');
      if (entity) return entity;
    }
  }
  return undefined;
}
