import { compactText } from '../../shared/i18n/localize';
import { isNumeric, type FieldDefinition } from '../../shared/schema';
import type { Rule, RuleBody, RuleKind } from './types';

/** What the rule drawer edits, flat enough for antd Form names. */
export type RuleFormValues = {
  slug: string;
  kind: RuleKind;
  label: { 'zh-CN'?: string; en?: string };
  script: string;
  field?: string | null;
  gradeField?: string | null;
  enabled: boolean;
};

export function toRuleForm(rule: Rule): RuleFormValues {
  return {
    slug: rule.slug,
    kind: rule.kind,
    label: { 'zh-CN': rule.label?.['zh-CN'] ?? '', en: rule.label?.en ?? '' },
    script: rule.script,
    field: rule.field ?? null,
    gradeField: rule.gradeField ?? null,
    enabled: rule.enabled,
  };
}

/** Which bindings a kind has: a validation message's field; a score's number field and grade field. */
export function bindingsOf(kind: RuleKind): { field: boolean; gradeField: boolean } {
  return { field: kind === 'validation' || kind === 'score', gradeField: kind === 'score' };
}

/** The body to save: bindings the kind does not have are dropped, so a kind change leaves none behind. */
export function toRuleBody(values: RuleFormValues): RuleBody {
  const bindings = bindingsOf(values.kind);
  return {
    slug: values.slug.trim(),
    kind: values.kind,
    label: compactText(values.label) ?? {},
    script: values.script,
    field: bindings.field ? values.field || null : null,
    gradeField: bindings.gradeField ? values.gradeField || null : null,
    enabled: !!values.enabled,
  };
}

/** The body that flips one rule on or off and keeps the rest as it is. */
export function toggledRule(rule: Rule, enabled: boolean): RuleBody {
  return { ...toRuleBody(toRuleForm(rule)), enabled };
}

// A formula or rollup computes its own value and an auto number is assigned: none can receive a score or a grade.
const writable = (field: FieldDefinition) => !['formula', 'autonumber', 'rollup'].includes(field.type);

/** The fields a rule of this kind may bind: any field for a message; a numeric field for a score. */
export function fieldChoices(kind: RuleKind, fields: FieldDefinition[]): FieldDefinition[] {
  if (kind === 'validation') return fields;
  if (kind === 'score') return fields.filter((field) => writable(field) && isNumeric(field.type));
  return [];
}

/** The fields that can hold a grade: text or a choice (A, B, C as options). */
export function gradeFieldChoices(fields: FieldDefinition[]): FieldDefinition[] {
  return fields.filter((field) => field.type === 'text' || field.type === 'select');
}
