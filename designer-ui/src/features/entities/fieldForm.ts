import { compactText, type LocalizedText } from '../../shared/i18n/localize';
import {
  acceptsDefault,
  acceptsRequired,
  acceptsUnique,
  hasSetting,
  optionColors,
  type FieldDefinition,
  type FieldPatch,
  type FieldType,
  type FormulaResultType,
  type OnDelete,
  type RollupFunction,
  type SelectOption,
} from '../../shared/schema';
import { defaultPipeline, toStageFieldForm, toStagePatch, type StageFieldForm } from '../stages';
import { whereFromPairs, wherePairs, type WherePair } from './rollups';
import { nextFieldSlug } from './slug';

/** What the field side panel edits: every property, flat enough for antd Form names. */
export type FieldFormValues = {
  slug: string;
  type: FieldType;
  label: { 'zh-CN'?: string; en?: string };
  help: { 'zh-CN'?: string; en?: string };
  required: boolean;
  unique: boolean;
  indexed: boolean;
  default?: unknown;
  maxLength?: number | null;
  precision?: number | null;
  currency?: string | null;
  options: { value: string; color?: string; label: { 'zh-CN'?: string; en?: string } }[];
  relation: { entity?: string; onDelete?: OnDelete };
  pattern?: string | null;
  max?: number | null;
  resultType?: FormulaResultType;
  formula?: string;
  /** A rollup's settings; its filter as `field = value` pairs, or as filter JSON text when it needs more. */
  rollup: {
    entity?: string;
    via?: string;
    function: RollupFunction;
    field?: string | null;
    where: WherePair[];
    whereJson: string;
  };
} & Omit<StageFieldForm, 'default'>;

export function toFieldForm(field: FieldDefinition): FieldFormValues {
  return {
    slug: field.slug,
    type: field.type,
    label: { 'zh-CN': field.label?.['zh-CN'] ?? '', en: field.label?.en ?? '' },
    help: { 'zh-CN': field.help?.['zh-CN'] ?? '', en: field.help?.en ?? '' },
    required: !!field.required,
    unique: !!field.unique,
    indexed: !!field.indexed,
    default: field.default ?? undefined,
    maxLength: field.maxLength ?? null,
    precision: field.precision ?? null,
    currency: field.currency ?? null,
    options: (field.options ?? []).map((option) => ({
      value: option.value,
      color: option.color,
      label: { 'zh-CN': option.label?.['zh-CN'] ?? '', en: option.label?.en ?? '' },
    })),
    relation: { entity: field.relation?.entity, onDelete: field.relation?.onDelete ?? 'restrict' },
    pattern: field.pattern ?? null,
    max: field.max ?? null,
    resultType: field.type === 'formula' ? ((field.resultType as FormulaResultType | null | undefined) ?? 'number') : 'number',
    formula: field.formula ?? '',
    ...toStageFieldForm(field, defaultPipeline()),
    rollup: {
      entity: field.rollup?.entity,
      via: field.rollup?.via,
      function: field.rollup?.function ?? 'count',
      field: field.rollup?.field ?? null,
      where: wherePairs(field.rollup?.where) ?? [],
      whereJson: field.rollup?.where && !wherePairs(field.rollup.where) ? JSON.stringify(field.rollup.where, null, 2) : '',
    },
  };
}

/** A rollup's filter: the JSON text when given (checked by the form), else the pairs. */
function rollupWhere(rollup: FieldFormValues['rollup']): Record<string, unknown> | null {
  if (rollup.whereJson?.trim()) return JSON.parse(rollup.whereJson) as Record<string, unknown>;
  return whereFromPairs(rollup.where);
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** The PATCH body for the panel's values: only what the chosen type understands. */
export function toFieldPatch(values: FieldFormValues): FieldPatch {
  const { type } = values;
  const patch: FieldPatch = {
    slug: values.slug.trim(),
    type,
    label: compactText(values.label) ?? {},
    help: compactText(values.help) ?? null,
    required: acceptsRequired(type) ? !!values.required : false,
    unique: acceptsUnique(type) ? !!values.unique : false,
    indexed: !!values.indexed,
  };
  if (acceptsDefault(type)) patch.default = isBlank(values.default) ? null : values.default;
  if (hasSetting(type, 'maxLength')) patch.maxLength = values.maxLength ?? null;
  if (hasSetting(type, 'precision')) patch.precision = values.precision ?? null;
  if (hasSetting(type, 'currency')) patch.currency = values.currency || null;
  if (hasSetting(type, 'options')) {
    patch.options = (values.options ?? [])
      .filter((option) => option.value?.trim())
      .map((option): SelectOption => {
        const result: SelectOption = { value: option.value.trim(), label: compactText(option.label) ?? {} };
        if (option.color) result.color = option.color;
        return result;
      });
  }
  if (hasSetting(type, 'relation') && values.relation?.entity) {
    patch.relation = { entity: values.relation.entity, onDelete: values.relation.onDelete ?? 'restrict' };
  }
  if (hasSetting(type, 'pattern')) patch.pattern = values.pattern || null;
  if (hasSetting(type, 'max')) patch.max = values.max ?? null;
  if (hasSetting(type, 'resultType')) {
    patch.resultType = values.resultType ?? 'number';
    // Only a number has decimal places; other result types send none.
    patch.precision = patch.resultType === 'number' ? (values.precision ?? null) : null;
  }
  if (hasSetting(type, 'formula')) patch.formula = values.formula ?? '';
  if (hasSetting(type, 'stages')) Object.assign(patch, toStagePatch(values));
  if (hasSetting(type, 'rollup') && values.rollup) {
    const { rollup } = values;
    patch.rollup = {
      entity: rollup.entity ?? '',
      via: rollup.via ?? '',
      function: rollup.function ?? 'count',
      field: rollup.function === 'count' ? null : (rollup.field ?? null),
      where: rollupWhere(rollup),
    };
  }
  return patch;
}

export type NewFieldContext = {
  entity: string;
  takenSlugs: string[];
  /** The type's name in each language, e.g. { 'zh-CN': '单行文本', en: 'Text' }. */
  typeName: LocalizedText;
  /** Entities a relation can point at, the current one included. */
  entities: string[];
  /** The word for a choice in each language, e.g. { 'zh-CN': '选项', en: 'Option' }: a select needs one. */
  optionName: LocalizedText;
  /** A relation field of another entity pointing here, which a new rollup starts by counting. */
  rollupSource?: { entity: string; via: string };
};

/** The body of a field created by dropping a type on the canvas: a free slug, a numbered label, defaults. */
export function newFieldBody(type: FieldType, context: NewFieldContext): FieldPatch {
  const slug = nextFieldSlug(type, context.takenSlugs);
  const number = slug.slice(type.length + 1);
  const label: LocalizedText = {};
  for (const [language, name] of Object.entries(context.typeName)) {
    if (name) label[language] = `${name} ${number}`;
  }
  const body: FieldPatch = { slug, type, label };
  switch (type) {
    case 'currency':
      return { ...body, precision: 2, currency: 'CNY' };
    case 'percent':
      return { ...body, precision: 2 };
    case 'rating':
      return { ...body, max: 5 };
    case 'select':
    case 'multiselect': {
      // The server refuses a choice field without options; start with one the person renames.
      const optionLabel: LocalizedText = {};
      for (const [language, name] of Object.entries(context.optionName)) {
        if (name) optionLabel[language] = `${name} 1`;
      }
      return { ...body, options: [{ value: 'option_1', label: optionLabel, color: optionColors[0] }] };
    }
    case 'relation': {
      const target = context.entities.find((entity) => entity !== context.entity) ?? context.entity;
      return { ...body, relation: { entity: target, onDelete: 'set_null' } };
    }
    case 'autonumber':
      return { ...body, pattern: `${context.entity.charAt(0).toUpperCase()}-{yyyy}-{0000}` };
    case 'formula':
      // The server refuses an empty formula; 0 computes at once and is replaced by the person's own.
      return { ...body, resultType: 'number', precision: 0, formula: '0' };
    case 'stage':
      return { ...body, stages: defaultPipeline() };
    case 'rollup':
      // Counting linked records needs no more than the link; without one the server says what is missing.
      return { ...body, rollup: { entity: context.rollupSource?.entity ?? '', via: context.rollupSource?.via ?? '', function: 'count' } };
    default:
      return body;
  }
}

/** The colour the next option added in the options editor gets. */
export function nextOptionColor(used: (string | undefined)[]): string {
  return optionColors.find((color) => !used.includes(color)) ?? optionColors[used.length % optionColors.length];
}

/** Field slugs in a new order after a drag: `active` moved to where `over` was. */
export function moveSlug(order: string[], active: string, over: string): string[] {
  const from = order.indexOf(active);
  const to = order.indexOf(over);
  if (from < 0 || to < 0 || from === to) return order;
  const next = [...order];
  next.splice(from, 1);
  next.splice(to, 0, active);
  return next;
}

/** The order after a new field lands before the row it was dropped on (or at the end). */
export function insertSlug(order: string[], slug: string, before?: string): string[] {
  const rest = order.filter((item) => item !== slug);
  const index = before ? rest.indexOf(before) : -1;
  if (index < 0) return [...rest, slug];
  return [...rest.slice(0, index), slug, ...rest.slice(index)];
}
