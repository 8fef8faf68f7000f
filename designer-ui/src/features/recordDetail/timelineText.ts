import { localize } from '../../shared/i18n';
import type { EntityDefinition, FieldDefinition } from '../../shared/schema';
import { formatValue, recordPath, type FormatContext } from '../records';
import { recordTitle } from './recordTitle';
import type { FieldChange, StageMoveRow, TimelineItem } from './types';

/** An owner change this close to an assignment to the same user is that assignment's. */
const sameMomentMs = 2000;

/**
 * The timeline as shown: a stage change is told once, by its stage move (with the source), and an owner
 * change made by an assignment once, by the assignment (with its reason). So the audited change leaves out
 * stage fields and such an owner change, and an update that changed nothing else is left out.
 */
export function visibleTimeline(items: TimelineItem[], stageFieldSlugs: string[]): TimelineItem[] {
  const stages = new Set(stageFieldSlugs);
  const assignments = items.flatMap((item) =>
    item.kind === 'assignment' && item.assignment.ownerId != null ? [{ at: Date.parse(item.at), owner: item.assignment.ownerId }] : [],
  );
  const byAssignment = (at: string, change: FieldChange) =>
    change.field === 'ownerId' &&
    assignments.some((a) => a.owner === change.new && Math.abs(a.at - Date.parse(at)) <= sameMomentMs);
  return items.flatMap((item) => {
    if (item.kind !== 'change' || !item.changes) return [item];
    const changes = item.changes.filter((change) => !stages.has(change.field) && !byAssignment(item.at, change));
    if (changes.length === 0 && item.action === 'update') return [];
    return [{ ...item, changes }];
  });
}

export type ChangeLine = { field: string; label: string; old: string; new: string };

/** A change's field lines in the current language: field label, old value, new value (empty as ''). */
export function changeLines(changes: FieldChange[], fields: FieldDefinition[], context: FormatContext): ChangeLine[] {
  return changes.map((change) => {
    const field = fields.find((candidate) => candidate.slug === change.field);
    const show = (value: unknown) =>
      field ? formatValue(field, value, context) : value === null || value === undefined ? '' : JSON.stringify(value);
    return {
      field: change.field,
      label: field ? localize(field.label, context.language) || field.slug : change.field,
      old: show(change.old),
      new: show(change.new),
    };
  });
}

/** A stage's label in the current language; a stage no longer in the pipeline shows its value. */
export function stageLabel(field: FieldDefinition | undefined, value: string, language: string): string {
  const stage = field?.stages?.find((candidate) => candidate.value === value);
  return stage ? localize(stage.label, language) || stage.value : value;
}

export type MoveText = { field: string; from: string | null; to: string | null };

/** A stage move as labels: the pipeline's field label and the stages left and entered (null for none). */
export function moveText(move: StageMoveRow, fields: FieldDefinition[], language: string): MoveText {
  const field = fields.find((candidate) => candidate.slug === move.field);
  return {
    field: field ? localize(field.label, language) || field.slug : move.field,
    from: move.from === null ? null : stageLabel(field, move.from, language),
    to: move.to === null ? null : stageLabel(field, move.to, language),
  };
}

export type RelatedText = { entity: string; title: string; href: string };

/** A linked record as its entity's label, its own name and the address of its page. */
export function relatedText(
  item: Extract<TimelineItem, { kind: 'related' }>,
  entities: EntityDefinition[],
  context: FormatContext,
): RelatedText {
  const entity = entities.find((candidate) => candidate.slug === item.entity);
  return {
    entity: entity ? localize(entity.label, context.language) || entity.slug : item.entity,
    title: entity ? recordTitle(entity, item.record, context) : `#${item.record.id}`,
    href: recordPath(item.entity, item.record.id),
  };
}

export type AssignmentText = { owner: string | null; reason: string };

/** An assignment as shown: the new owner's name (null when nobody was chosen) and the reason in the current language. */
export function assignmentText(item: Extract<TimelineItem, { kind: 'assignment' }>, context: FormatContext): AssignmentText {
  const { ownerId, ownerName } = item.assignment;
  const owner = ownerId == null ? null : (ownerName ?? context.userNames?.get(ownerId) ?? `#${ownerId}`);
  return { owner, reason: localize(item.assignment.reason, context.language) };
}

/**
 * Who did it: the name the server gave, else the user's name by id; undefined for the system, which
 * includes user 0, the platform acting on its own (workflows, imports it runs).
 */
export function actorName(item: TimelineItem, userNames?: Map<number, string>): string | undefined {
  if (item.userName) return item.userName;
  if (item.userId === null || item.userId === undefined || item.userId === 0) return undefined;
  return userNames?.get(item.userId) ?? `#${item.userId}`;
}
