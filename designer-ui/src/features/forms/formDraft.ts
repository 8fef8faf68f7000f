import { compactText, type LocalizedText } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import { supports } from './fieldCapabilities';
import { fieldsOnForm } from './formLayout';
import { ruleFromDraft, ruleToDraft, type RuleDraft } from './ruleDraft';
import type { FieldOverride, FormDefinition, FormLayout, HiddenField } from './types';

export type MapRow = { from: string; to: string };

/** A hidden field as the settings table edits it: the mapping as rows, so a half-typed row can exist. */
export type HiddenFieldDraft = {
  key: string;
  field?: string;
  param: string;
  map: MapRow[];
  default: string;
};

export type AfterSubmit = 'message' | 'redirect';

/** Everything the designer edits about one form, shaped for editing rather than for the wire. */
export type FormDraft = {
  slug: string;
  label: LocalizedText;
  description: LocalizedText;
  isDefault: boolean;
  public: boolean;
  layout: FormLayout;
  fields: Record<string, FieldOverride>;
  rules: RuleDraft[];
  hiddenFields: HiddenFieldDraft[];
  ownerId: number | null;
  afterSubmit: AfterSubmit;
  thankYou: LocalizedText;
  redirectUrl: string;
};

let keySeed = 0;
/** A key for list rows that have no identity of their own (rules, hidden fields); never sent. */
export function newKey(prefix: string): string {
  keySeed += 1;
  return `${prefix}-${keySeed}`;
}

export function toDraft(definition: FormDefinition): FormDraft {
  const submission = definition.submission ?? {};
  return {
    slug: definition.slug,
    label: { ...definition.label },
    description: { ...definition.description },
    isDefault: !!definition.isDefault,
    public: !!definition.public,
    layout: {
      sections: (definition.layout?.sections ?? []).map((section) => ({
        id: section.id,
        title: section.title ?? null,
        columns: section.columns || 1,
        fields: [...(section.fields ?? [])],
      })),
    },
    fields: structuredClone(definition.fields ?? {}),
    rules: (definition.rules ?? []).map((rule) => ruleToDraft(rule, newKey('rule'))),
    hiddenFields: (definition.hiddenFields ?? []).map((hidden) => ({
      key: newKey('hidden'),
      field: hidden.field,
      param: hidden.param,
      map: Object.entries(hidden.map ?? {}).map(([from, to]) => ({ from, to: String(to) })),
      default: hidden.default == null ? '' : String(hidden.default),
    })),
    ownerId: submission.ownerId ?? null,
    afterSubmit: submission.redirectUrl ? 'redirect' : 'message',
    thankYou: { ...submission.thankYou },
    redirectUrl: submission.redirectUrl ?? '',
  };
}

/**
 * The body of PUT (and of the preview): empty texts and overrides dropped, only the overrides the field's
 * type understands, overrides only for fields on the form, unfinished rule and hidden-field rows left out
 * (the checks before saving point at them), and either the thank-you message or the redirect.
 */
export function toRequestBody(draft: FormDraft, entityFields: FieldDefinition[]): FormDefinition {
  const byslug = new Map(entityFields.map((field) => [field.slug, field]));
  const onForm = fieldsOnForm(draft.layout).filter((slug) => byslug.has(slug));
  const fields: Record<string, FieldOverride> = {};
  for (const slug of onForm) {
    const override = compactOverride(draft.fields[slug], byslug.get(slug) as FieldDefinition);
    if (override) fields[slug] = override;
  }
  const redirect = draft.afterSubmit === 'redirect';
  return {
    slug: draft.slug,
    label: compactText(draft.label) ?? null,
    description: compactText(draft.description) ?? null,
    isDefault: draft.isDefault,
    public: draft.public,
    layout: {
      sections: draft.layout.sections.map((section) => ({
        id: section.id,
        title: compactText(section.title) ?? null,
        columns: section.columns,
        fields: section.fields.filter((slug) => byslug.has(slug)),
      })),
    },
    fields,
    rules: sentRules(draft).flatMap((rule) => ruleFromDraft(rule) ?? []),
    hiddenFields: sentHiddenFields(draft).map(toHiddenField),
    submission: {
      ownerId: draft.ownerId,
      thankYou: redirect ? null : (compactText(draft.thankYou) ?? null),
      redirectUrl: redirect ? draft.redirectUrl.trim() || null : null,
    },
  };
}

/** The rules the body carries, in order: the server's `rules[i]` errors point into this list. */
export function sentRules(draft: FormDraft): RuleDraft[] {
  return draft.rules.filter((rule) => ruleFromDraft(rule) !== undefined);
}

/** The hidden fields the body carries, in order: the server's `hiddenFields[i]` errors point into it. */
export function sentHiddenFields(draft: FormDraft): HiddenFieldDraft[] {
  return draft.hiddenFields.filter((hidden) => !!hidden.field && hidden.param.trim() !== '');
}

function toHiddenField(hidden: HiddenFieldDraft): HiddenField {
  const map: Record<string, string> = {};
  for (const row of hidden.map) {
    if (row.from.trim() !== '') map[row.from.trim()] = row.to;
  }
  const result: HiddenField = { field: hidden.field as string, param: hidden.param.trim() };
  if (Object.keys(map).length > 0) result.map = map;
  if (hidden.default.trim() !== '') result.default = hidden.default.trim();
  return result;
}

const blank = (value: unknown) => value === undefined || value === null || value === '';

/** One field's override with what its type cannot take and every empty member removed. */
export function compactOverride(override: FieldOverride | undefined, field: FieldDefinition): FieldOverride | undefined {
  if (!override) return undefined;
  const result: FieldOverride = {};
  for (const key of ['label', 'help'] as const) {
    const text = compactText(override[key]);
    if (text) result[key] = text;
  }
  if (override.required) result.required = true;
  const { type } = field;
  if (supports(type, 'placeholder')) {
    const text = compactText(override.placeholder);
    if (text) result.placeholder = text;
  }
  if (supports(type, 'widget') && override.widget) result.widget = override.widget;
  for (const key of ['minimum', 'maximum', 'minLength', 'maxLength'] as const) {
    const value = override[key];
    if (supports(type, key) && !blank(value)) result[key] = value as number;
  }
  if (supports(type, 'pattern') && override.pattern?.trim()) result.pattern = override.pattern.trim();
  if (supports(type, 'optionLabels') && override.optionLabels) {
    const values = new Set((field.options ?? []).map((option) => option.value));
    const labels: Record<string, LocalizedText> = {};
    for (const [value, text] of Object.entries(override.optionLabels)) {
      const compact = compactText(text);
      if (compact && values.has(value)) labels[value] = compact;
    }
    if (Object.keys(labels).length > 0) result.optionLabels = labels;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}
