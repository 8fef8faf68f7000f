import { compiled } from './schemaCache';
import type { FieldErrorCodes, FormData, FormRule, FormSchema } from './types';

/** Step 1 of "How a record is checked": null, "" and [] count as absent. */
export function withoutEmpty(data: FormData | null | undefined): FormData {
  const present: FormData = {};
  for (const [key, value] of Object.entries(data ?? {})) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    present[key] = value;
  }
  return present;
}

export type RuleOutcome = { hidden: Set<string>; required: Set<string> };

/**
 * Whether a rule's condition holds. The server refuses a form whose condition is not a valid schema, so
 * one reaches the browser only in a draft being designed; there it simply does not hold, and the preview
 * keeps working while the condition is finished.
 */
function holds(condition: FormRule['when'], data: FormData): boolean {
  try {
    return compiled(condition)(data) === true;
  } catch {
    return false;
  }
}

/**
 * Steps 2–4: which fields the rules hide, and which are required. A field is visible when it has no `show`
 * rule or one of them holds, and no `hide` rule holds; it is required when visible and (in `baseRequired` or a
 * `require` rule holds) and no `optional` rule holds.
 */
export function evaluateRules(rules: FormRule[], data: FormData, baseRequired: string[] = []): RuleOutcome {
  const present = withoutEmpty(data);
  const effects = new Map<string, Record<FormRule['effect'], boolean[]>>();
  for (const rule of rules) {
    const entry = effects.get(rule.field) ?? { show: [], hide: [], require: [], optional: [] };
    entry[rule.effect]?.push(holds(rule.when, present));
    effects.set(rule.field, entry);
  }
  const visible = (field: string) => {
    const entry = effects.get(field);
    if (!entry) return true;
    return (entry.show.length === 0 || entry.show.some(Boolean)) && !entry.hide.some(Boolean);
  };
  const hidden = new Set([...effects.keys()].filter((field) => !visible(field)));
  const required = new Set<string>();
  for (const field of new Set([...baseRequired, ...effects.keys()])) {
    const entry = effects.get(field);
    const wanted = baseRequired.includes(field) || !!entry?.require.some(Boolean);
    if (wanted && !hidden.has(field) && !entry?.optional.some(Boolean)) required.add(field);
  }
  return { hidden, required };
}

const schemaWithoutRequired = new WeakMap<object, FormSchema>();

function withoutRequiredList(schema: FormSchema): FormSchema {
  let stripped = schemaWithoutRequired.get(schema);
  if (!stripped) {
    stripped = { ...schema };
    delete stripped.required;
    schemaWithoutRequired.set(schema, stripped);
  }
  return stripped;
}

/** The top-level field a JSON pointer such as `/tags/1` points into. */
function topField(instancePath: string): string | undefined {
  const first = instancePath.split('/')[1];
  return first ? first.replace(/~1/g, '/').replace(/~0/g, '~') : undefined;
}

/**
 * "How a record is checked", the same algorithm the server runs: error codes by field slug, each list sorted
 * and without repeats; an empty object when the record is fine.
 */
export function validateRecord(schema: FormSchema, rules: FormRule[], data: FormData | null | undefined): FieldErrorCodes {
  const present = withoutEmpty(data);
  const baseRequired = Array.isArray(schema.required) ? schema.required : [];
  const { hidden, required } = evaluateRules(rules, present, baseRequired);
  const codes = new Map<string, Set<string>>();
  const add = (field: string, code: string) => codes.set(field, (codes.get(field) ?? new Set()).add(code));

  const validate = compiled(withoutRequiredList(schema));
  if (!validate(present)) {
    for (const error of validate.errors ?? []) {
      const field = topField(error.instancePath);
      if (field && !hidden.has(field)) add(field, error.keyword);
    }
  }
  for (const field of required) if (!(field in present)) add(field, 'required');

  const result: FieldErrorCodes = {};
  for (const [field, set] of codes) result[field] = [...set].sort();
  return result;
}
