import Ajv, { type ValidateFunction } from 'ajv';

// The server validates with NJsonSchema; these options keep ajv to the same draft-07 keywords: every error
// (allErrors), unknown keywords such as `title` tolerated (strict off), formats unchecked because the
// generated schemas express shapes with `pattern`.
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });

const byObject = new WeakMap<object, ValidateFunction>();
const byText = new Map<string, ValidateFunction>();

/**
 * The compiled validator of a schema. Compiling costs far more than validating, and the renderer validates on
 * every keystroke, so a schema is compiled once per identity and once per distinct content.
 */
export function compiled(schema: object): ValidateFunction {
  const known = byObject.get(schema);
  if (known) return known;
  const text = JSON.stringify(schema);
  let validate = byText.get(text);
  if (!validate) {
    validate = ajv.compile(schema);
    byText.set(text, validate);
  }
  byObject.set(schema, validate);
  return validate;
}
