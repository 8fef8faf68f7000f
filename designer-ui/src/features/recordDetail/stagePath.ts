import { isProblem } from '../../shared/api';
import type { EntityDefinition, FieldDefinition } from '../../shared/schema';
import type { StageDwell, StageInfo, UnmetCriterion } from './types';

export type StepState = 'done' | 'current' | 'todo';

/** One step of a stage path: where the record stands against it and how long it stayed there. */
export type PathStep = { stage: StageInfo; state: StepState; days?: number; visits: number; overdue: boolean };

/** The entity's pipelines: its stage fields, in field order. */
export function stageFields(entity: EntityDefinition): FieldDefinition[] {
  return entity.fields.filter((field) => field.type === 'stage' && (field.stages?.length ?? 0) > 0);
}

const isOpen = (stage: StageInfo) => (stage.category ?? 'open') === 'open';

/**
 * The steps of one pipeline for a record in `current`: open stages before it are done (a won or lost
 * stage is an end, never a step passed on the way), the time in each stage from the record's dwells.
 */
export function pathSteps(stages: StageInfo[], current: unknown, dwells: StageDwell[], field: string): PathStep[] {
  const index = stages.findIndex((stage) => stage.value === current);
  return stages.map((stage, position) => {
    const dwell = dwells.find((candidate) => candidate.field === field && candidate.stage === stage.value);
    const state: StepState = position === index ? 'current' : position < index && isOpen(stage) ? 'done' : 'todo';
    return { stage, state, days: dwell?.days, visits: dwell?.visits ?? 0, overdue: !!dwell?.current && dwell.overdue };
  });
}

/** Days as a person reads them: one decimal under ten days, whole days above. */
export function roundDays(days: number): string {
  if (days >= 10) return String(Math.round(days));
  return String(Math.round(days * 10) / 10);
}

export const stageGateType = 'https://platform.local/problems/stage-gate';

/** A refused stage move: the stage asked for and every criterion not met; undefined for any other error. */
export function gateRefusal(error: unknown): { stage?: string; unmet: UnmetCriterion[] } | undefined {
  if (!isProblem(error, 422) || error.body.type !== stageGateType) return undefined;
  const unmet = Array.isArray(error.body.unmet) ? (error.body.unmet as UnmetCriterion[]) : [];
  const stage = typeof error.body.stage === 'string' ? error.body.stage : undefined;
  return { stage, unmet: unmet.length > 0 ? unmet : [{ criterion: 'condition', message: error.detail ?? error.title }] };
}
