import { isProblem } from '../../shared/api';
import type { GatedStage, StageGate, UnmetCriterion } from './types';

const gateType = 'https://platform.local/problems/stage-gate';

/** The refused move a 422 stage-gate problem describes; undefined for any other error. */
export function stageGateOf(error: unknown): StageGate | undefined {
  if (!isProblem(error, 422) || error.body.type !== gateType) return undefined;
  const { field, stage, unmet } = error.body;
  return {
    field: typeof field === 'string' ? field : '',
    stage: typeof stage === 'string' ? stage : '',
    unmet: Array.isArray(unmet) ? (unmet as UnmetCriterion[]) : [],
  };
}

/** The fields a form can fill for the move to pass: each required field named once, in the server's order. */
export function missingFields(gate: StageGate): string[] {
  const slugs = gate.unmet.filter((item) => item.criterion === 'requiredField' && item.field).map((item) => item.field as string);
  return [...new Set(slugs)];
}

/** What a form cannot satisfy: conditions, related records, a move backwards. */
export function otherCriteria(gate: StageGate): UnmetCriterion[] {
  return gate.unmet.filter((item) => item.criterion !== 'requiredField' || !item.field);
}

/**
 * The entities whose records a `related` criterion of this move counts: those of the exit criteria of the
 * stage left and of the entry criteria of the stage entered.
 */
export function relatedEntities(stages: GatedStage[], from: unknown, to: string): string[] {
  const left = stages.find((stage) => stage.value === from)?.exitCriteria?.related ?? [];
  const entered = stages.find((stage) => stage.value === to)?.entryCriteria?.related ?? [];
  return [...new Set([...left, ...entered].map((related) => related.entity))];
}

/**
 * The related entity an unmet `related` criterion speaks of: the one whose label its message names, else
 * the only candidate; undefined when that cannot be told.
 */
export function relatedEntityOf(message: string, candidates: { slug: string; labels: string[] }[]): string | undefined {
  const named = candidates.filter((candidate) => candidate.labels.some((label) => label && message.includes(label)));
  if (named.length === 1) return named[0].slug;
  return candidates.length === 1 ? candidates[0].slug : undefined;
}
