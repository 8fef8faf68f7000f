import { describeActivity } from './activityCatalog';
import type { ElsaActivity, XY } from './types';

/** Sixteen hex digits, as Elsa's designer writes activity ids. */
export function newActivityId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 16);
}

/** `WriteLine3`: the short type name and the first number no other activity uses, as Elsa names new nodes. */
export function newActivityName(type: string, taken: Iterable<string | undefined>): string {
  const base = type.split('.').pop() ?? 'Activity';
  const names = new Set(taken);
  let n = 1;
  while (names.has(`${base}${n}`)) n++;
  return `${base}${n}`;
}

/** A new activity of `type` at `position`, with the catalogue's starting values; a trigger is marked to start the workflow. */
export function newActivity(type: string, position: XY, id: string, takenNames: Iterable<string | undefined>): ElsaActivity {
  const descriptor = describeActivity(type);
  const activity: ElsaActivity = {
    id,
    type,
    version: 1,
    name: newActivityName(type, takenNames),
    customProperties: { canStartWorkflow: descriptor?.trigger === true, runAsynchronously: false },
    metadata: { designer: { position: { x: position.x, y: position.y } } },
  };
  for (const input of descriptor?.inputs ?? []) {
    if (input.initial === undefined) continue;
    activity[input.name] = { typeName: input.typeName, expression: { type: input.kind ?? 'Literal', value: input.initial } };
  }
  if (type === 'Elsa.FlowSwitch') activity.cases = [];
  return activity;
}
