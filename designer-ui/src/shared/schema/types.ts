import type { LocalizedText } from '../i18n/localize';

export type FieldType =
  | 'text'
  | 'longtext'
  | 'number'
  | 'currency'
  | 'percent'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'select'
  | 'multiselect'
  | 'email'
  | 'phone'
  | 'url'
  | 'user'
  | 'relation'
  | 'autonumber'
  | 'rating'
  | 'formula'
  | 'stage'
  | 'rollup';

/** What a formula field's script returns, stored and shown as a field of that type. */
export type FormulaResultType = 'number' | 'text' | 'boolean' | 'date' | 'datetime';

/** What a rollup field computes over related records. */
export type RollupFunction = 'count' | 'sum' | 'min' | 'max';

/** The type a rollup's value has: a count or sum is a number, a minimum or maximum keeps its field's type. */
export type RollupResultType = 'number' | 'currency' | 'percent' | 'date' | 'datetime';

/**
 * rollup: `function` of `field` over the records of `entity` linking here through `via`, optionally only
 * those matching `where` (`{field: value}` equalities, or the records API's filter JSON).
 */
export type RollupSettings = {
  entity: string;
  via: string;
  function: RollupFunction;
  field?: string | null;
  where?: Record<string, unknown> | null;
};

export type OnDelete = 'restrict' | 'set_null' | 'cascade';

export type SelectOption = { value: string; label: LocalizedText; color?: string };

export type StageCategory = 'open' | 'won' | 'lost';

/** "At least `min` records of `entity` link here through its relation `field`, matching `where` (field = value)." */
export type RelatedCriterion = {
  entity: string;
  field: string;
  where?: Record<string, unknown> | null;
  min?: number;
  message?: LocalizedText | null;
};

/** A stage's gate: fields that must be filled, a script that must return true, records that must be linked. */
export type StageCriteria = {
  requiredFields?: string[];
  condition?: string | null;
  conditionMessage?: LocalizedText | null;
  related?: RelatedCriterion[];
};

/** One stage of a pipeline (a stage field). */
export type StageDefinition = {
  value: string;
  label: LocalizedText;
  color?: string | null;
  probability?: number | null;
  category?: StageCategory;
  guidance?: string | null;
  maxDwellDays?: number | null;
  target?: number | null;
  entryCriteria?: StageCriteria | null;
  exitCriteria?: StageCriteria | null;
};

export type FieldDefinition = {
  slug: string;
  type: FieldType;
  label: LocalizedText;
  help?: LocalizedText | null;
  required?: boolean;
  unique?: boolean;
  indexed?: boolean;
  default?: unknown;
  maxLength?: number | null;
  precision?: number | null;
  currency?: string | null;
  options?: SelectOption[] | null;
  relation?: { entity: string; onDelete: OnDelete } | null;
  pattern?: string | null;
  max?: number | null;
  /** formula: the type of the computed value; rollup: derived by the server from the aggregated field. */
  resultType?: FormulaResultType | RollupResultType | null;
  /** formula: the script (or bare expression) computing the value from `record`. */
  formula?: string | null;
  /** rollup: what it aggregates. */
  rollup?: RollupSettings | null;
  /** stage: the pipeline's stages, in order. */
  stages?: StageDefinition[] | null;
  /** stage: whether a record may move back to an earlier stage (unset: yes). */
  allowBackward?: boolean | null;
};

export type EntityDefinition = {
  slug: string;
  label: LocalizedText;
  displayField?: string | null;
  fields: FieldDefinition[];
  createdAt?: string;
  updatedAt?: string;
};

export type EntityCreate = { slug: string; label: LocalizedText };

export type EntityPatch = {
  slug?: string;
  label?: LocalizedText;
  fieldOrder?: string[];
  displayField?: string | null;
};

export type FieldPatch = Partial<FieldDefinition>;
