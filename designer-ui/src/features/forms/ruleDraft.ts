import { buildCondition, opNeedsValue, parseCondition, type ConditionModel, type ConditionOp } from '../../shared/forms';
import type { FieldType } from '../../shared/schema';
import type { FormRule, JsonCondition, RuleEffect } from './types';

/**
 * One rule as the rules panel edits it: built point and click (`condition`, possibly unfinished while the
 * person chooses), or a condition the builder cannot show (`raw`), kept verbatim and listed read-only.
 */
export type RuleDraft = {
  key: string;
  effect: RuleEffect;
  field?: string;
  condition?: Partial<ConditionModel>;
  raw?: JsonCondition;
};

export const ruleEffects: RuleEffect[] = ['show', 'hide', 'require', 'optional'];

/** The comparisons that make sense for a field: a multi-select includes values, everything else is one. */
export function opsFor(type: FieldType | undefined): ConditionOp[] {
  return type === 'multiselect' ? ['includes', 'isEmpty', 'isNotEmpty'] : ['is', 'isNot', 'isEmpty', 'isNotEmpty'];
}

/** Whether the chosen comparison still needs a value (nothing chosen yet needs none). */
export function needsValue(op: ConditionOp | undefined): boolean {
  return op !== undefined && opNeedsValue(op);
}

export function ruleToDraft(rule: FormRule, key: string): RuleDraft {
  const condition = parseCondition(rule.when);
  return condition
    ? { key, effect: rule.effect, field: rule.field, condition }
    : { key, effect: rule.effect, field: rule.field, raw: rule.when };
}

/** The rule as sent, or undefined while something is still to be chosen. */
export function ruleFromDraft(draft: RuleDraft): FormRule | undefined {
  if (!draft.field || !draft.effect) return undefined;
  if (draft.raw) return { when: draft.raw, effect: draft.effect, field: draft.field };
  const condition = completeCondition(draft.condition);
  if (!condition) return undefined;
  return { when: buildCondition(condition) as JsonCondition, effect: draft.effect, field: draft.field };
}

export function completeCondition(condition: Partial<ConditionModel> | undefined): ConditionModel | undefined {
  if (!condition?.field || !condition.op) return undefined;
  if (!opNeedsValue(condition.op)) return { field: condition.field, op: condition.op };
  const value = condition.value;
  if (value === undefined || value === null || value === '') return undefined;
  return { field: condition.field, op: condition.op, value };
}
