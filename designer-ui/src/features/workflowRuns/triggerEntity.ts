import type { ElsaActivity, ElsaWorkflow } from '../workflows';

/**
 * The entity a workflow's record trigger listens to (`Platform.RecordCreated` and its kin carry an `entity`
 * input), when it is a literal: the dry run's natural default. Nested flowcharts are searched too.
 */
export function triggerEntity(workflow: ElsaWorkflow | undefined): string | undefined {
  if (!workflow?.root) return undefined;
  const queue: ElsaActivity[] = [workflow.root];
  while (queue.length > 0) {
    const activity = queue.shift() as ElsaActivity;
    const slug = literalEntity(activity);
    if (slug && activity.type.startsWith('Platform.')) return slug;
    queue.push(...(activity.activities ?? []));
  }
  return undefined;
}

function literalEntity(activity: ElsaActivity): string | undefined {
  const input = activity.entity as { expression?: { type?: string; value?: unknown } } | string | undefined;
  if (typeof input === 'string') return input || undefined;
  const expression = input?.expression;
  return expression?.type === 'Literal' && typeof expression.value === 'string' && expression.value ? expression.value : undefined;
}
