import type { ErrorSchema, RJSFValidationError, ValidationData, ValidatorType } from '@rjsf/utils';
import type { TFunction } from 'i18next';
import { errorMessages } from './errorMessages';
import { compiled } from './schemaCache';
import type { FormData, FormRule, FormSchema, FormUiSchema } from './types';
import { validateRecord } from './validateRecord';

/** Messages by field as rjsf's errors: a list for the error summary and an error schema for the fields. */
export function toValidationData(messages: Record<string, string[]>): ValidationData<FormData> {
  const errors: RJSFValidationError[] = [];
  const errorSchema: Record<string, { __errors: string[] }> = {};
  for (const [field, list] of Object.entries(messages)) {
    if (list.length === 0) continue;
    errorSchema[field] = { __errors: list };
    for (const message of list) errors.push({ name: field, property: `.${field}`, message, stack: `${field}: ${message}`, schemaPath: '' });
  }
  return { errors, errorSchema: errorSchema as ErrorSchema<FormData> };
}

/**
 * rjsf's validator seam filled with the server's algorithm: validateFormData runs validateRecord on the form's
 * own schema and rules (not on the schema rjsf renders, whose `required` list follows the rules), so the errors
 * shown are exactly those the server would give.
 */
export function formValidator(schema: FormSchema, rules: FormRule[], uiSchema: FormUiSchema | undefined, t: TFunction): ValidatorType<FormData> {
  return {
    validateFormData: (formData) => toValidationData(errorMessages(validateRecord(schema, rules, formData), schema, uiSchema, t)),
    // rjsf asks these to resolve anyOf/oneOf branches; form schemas have none, but an answer must be right.
    isValid: (part, formData) => compiled(part)(formData) === true,
    rawValidation: (part, formData) => {
      const validate = compiled(part);
      return validate(formData) ? {} : { errors: (validate.errors ?? []) as never[] };
    },
  };
}
