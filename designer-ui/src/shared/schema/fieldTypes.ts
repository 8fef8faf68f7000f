import type { FieldDefinition, FieldType, FormulaResultType } from './types';

export const fieldTypes: FieldType[] = [
  'text',
  'longtext',
  'number',
  'currency',
  'percent',
  'boolean',
  'date',
  'datetime',
  'select',
  'multiselect',
  'email',
  'phone',
  'url',
  'user',
  'relation',
  'autonumber',
  'rating',
  'formula',
  'stage',
  'rollup',
];

export type PaletteGroup = { key: 'basic' | 'choice' | 'time' | 'contact' | 'link' | 'special'; types: FieldType[] };

export const paletteGroups: PaletteGroup[] = [
  { key: 'basic', types: ['text', 'longtext', 'number', 'currency', 'percent', 'boolean'] },
  { key: 'choice', types: ['select', 'multiselect', 'rating', 'stage'] },
  { key: 'time', types: ['date', 'datetime'] },
  { key: 'contact', types: ['email', 'phone', 'url'] },
  { key: 'link', types: ['user', 'relation'] },
  { key: 'special', types: ['autonumber', 'formula', 'rollup'] },
];

export type FieldSetting =
  | 'maxLength'
  | 'precision'
  | 'currency'
  | 'options'
  | 'relation'
  | 'pattern'
  | 'max'
  | 'resultType'
  | 'formula'
  | 'stages'
  | 'rollup';

const settingsByType: Partial<Record<FieldType, FieldSetting[]>> = {
  text: ['maxLength'],
  longtext: ['maxLength'],
  number: ['precision'],
  currency: ['precision', 'currency'],
  percent: ['precision'],
  select: ['options'],
  multiselect: ['options'],
  relation: ['relation'],
  autonumber: ['pattern'],
  rating: ['max'],
  formula: ['resultType', 'formula'],
  stage: ['stages'],
  rollup: ['rollup'],
};

export function settingsOf(type: FieldType): FieldSetting[] {
  return settingsByType[type] ?? [];
}

export function hasSetting(type: FieldType, setting: FieldSetting): boolean {
  return settingsOf(type).includes(setting);
}

/** Types whose value a person cannot type in, so no default and no unique flag make sense. */
export function acceptsDefault(type: FieldType): boolean {
  // A stage field picks its first stage among its own stages, in the stage settings.
  return !['autonumber', 'relation', 'user', 'formula', 'stage', 'rollup'].includes(type);
}

export function acceptsUnique(type: FieldType): boolean {
  return !['boolean', 'multiselect', 'longtext', 'autonumber', 'rating', 'formula', 'stage', 'rollup'].includes(type);
}

/** A computed formula or rollup is never typed in, so it cannot be required either. */
export function acceptsRequired(type: FieldType): boolean {
  return type !== 'formula' && type !== 'rollup';
}

/** Values the system fills in (auto numbers, formulas, rollups): shown on records, never edited or imported. */
export function isComputed(type: FieldType): boolean {
  return type === 'autonumber' || type === 'formula' || type === 'rollup';
}

export const formulaResultTypes: FormulaResultType[] = ['number', 'text', 'boolean', 'date', 'datetime'];

/** The type a field's values have: a formula's or rollup's result type, else the field's own type. */
export function valueType(field: Pick<FieldDefinition, 'type' | 'resultType'>): FieldType {
  if (field.type === 'formula') return field.resultType ?? 'text';
  if (field.type === 'rollup') return field.resultType ?? 'number';
  return field.type;
}

export function isNumeric(type: FieldType): boolean {
  return type === 'number' || type === 'currency' || type === 'percent' || type === 'rating';
}

export function isTextLike(type: FieldType): boolean {
  return ['text', 'longtext', 'email', 'phone', 'url', 'autonumber'].includes(type);
}

export const currencyCodes = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP', 'SGD'];

export const optionColors = [
  '#1677ff',
  '#52c41a',
  '#faad14',
  '#f5222d',
  '#722ed1',
  '#13c2c2',
  '#eb2f96',
  '#fa8c16',
  '#8c8c8c',
];
