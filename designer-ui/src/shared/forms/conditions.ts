import type { FormSchema } from './types';

/** What the rule builder offers: "when FIELD is / is not / is empty / is not empty / includes VALUE". */
export type ConditionOp = 'is' | 'isNot' | 'isEmpty' | 'isNotEmpty' | 'includes';

export type ConditionValue = string | number | boolean;

export type ConditionModel = { field: string; op: ConditionOp; value?: ConditionValue };

export const conditionOps: ConditionOp[] = ['is', 'isNot', 'isEmpty', 'isNotEmpty', 'includes'];

/** Whether the operator takes a value (is, is not, includes) or stands alone (is empty, is not empty). */
export function opNeedsValue(op: ConditionOp): boolean {
  return op === 'is' || op === 'isNot' || op === 'includes';
}

const matches = (field: string, test: FormSchema): FormSchema => ({ properties: { [field]: test }, required: [field] });

/** The JSON Schema condition for a point-and-click choice (the table in docs/forms.md). */
export function buildCondition({ field, op, value }: ConditionModel): FormSchema {
  switch (op) {
    case 'is':
      return matches(field, { enum: [value ?? null] });
    case 'isNot':
      return { not: matches(field, { enum: [value ?? null] }) };
    case 'isEmpty':
      return { not: { required: [field] } };
    case 'isNotEmpty':
      return { required: [field] };
    case 'includes':
      return matches(field, { not: { items: { not: { enum: [value ?? null] } } } });
  }
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);
const hasExactly = (value: Json, keys: string[]) =>
  Object.keys(value).length === keys.length && keys.every((key) => key in value);

function isScalar(value: unknown): value is ConditionValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** `{"enum": [v]}` → v. */
function singleEnum(test: unknown): ConditionValue | undefined {
  if (!isObject(test) || !hasExactly(test, ['enum']) || !Array.isArray(test.enum) || test.enum.length !== 1) return undefined;
  return isScalar(test.enum[0]) ? test.enum[0] : undefined;
}

/** `{"required": [f]}` → f. */
function singleRequired(condition: Json): string | undefined {
  const { required } = condition;
  return Array.isArray(required) && required.length === 1 && typeof required[0] === 'string' ? required[0] : undefined;
}

/** `{"properties": {f: test}, "required": [f]}` → [f, test]. */
function fieldTest(condition: unknown): [string, unknown] | undefined {
  if (!isObject(condition) || !hasExactly(condition, ['properties', 'required']) || !isObject(condition.properties)) return undefined;
  const entries = Object.entries(condition.properties);
  const field = singleRequired(condition);
  if (entries.length !== 1 || entries[0][0] !== field) return undefined;
  return entries[0];
}

function parsePositive(condition: unknown): ConditionModel | null {
  const tested = fieldTest(condition);
  if (tested) {
    const [field, test] = tested;
    const value = singleEnum(test);
    if (value !== undefined) return { field, op: 'is', value };
    if (isObject(test) && hasExactly(test, ['not']) && isObject(test.not) && hasExactly(test.not, ['items'])) {
      const included = isObject(test.not.items) && hasExactly(test.not.items, ['not']) ? singleEnum(test.not.items.not) : undefined;
      if (included !== undefined) return { field, op: 'includes', value: included };
    }
    return null;
  }
  if (isObject(condition) && hasExactly(condition, ['required'])) {
    const field = singleRequired(condition);
    if (field) return { field, op: 'isNotEmpty' };
  }
  return null;
}

/**
 * The point-and-click choice a JSON Schema condition stands for, or null when the builder cannot show it
 * (hand-written conditions with anyOf, minimum, several fields…), so the designer can keep those as JSON.
 */
export function parseCondition(condition: unknown): ConditionModel | null {
  if (isObject(condition) && hasExactly(condition, ['not'])) {
    const inner = parsePositive(condition.not);
    if (inner?.op === 'is') return { field: inner.field, op: 'isNot', value: inner.value };
    if (inner?.op === 'isNotEmpty') return { field: inner.field, op: 'isEmpty' };
    return null;
  }
  return parsePositive(condition);
}
