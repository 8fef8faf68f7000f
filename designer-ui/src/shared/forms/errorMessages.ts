import type { TFunction } from 'i18next';
import type { FieldErrorCodes, FormSchema, FormUiSchema } from './types';

type Property = FormSchema | undefined;

const limit = (property: Property, key: 'minimum' | 'maximum' | 'minLength' | 'maxLength' | 'minItems' | 'maxItems') =>
  (property?.[key] as number | undefined) ?? '';

function typeMessage(property: Property, t: TFunction): string {
  switch (property?.type) {
    case 'integer':
      return t('formRuntime.errors.typeInteger');
    case 'number':
      return t('formRuntime.errors.typeNumber');
    case 'boolean':
      return t('formRuntime.errors.typeBoolean');
    case 'array':
      return t('formRuntime.errors.typeArray');
    default:
      return t('formRuntime.errors.typeText');
  }
}

function patternMessage(widget: unknown, t: TFunction): string {
  switch (widget) {
    case 'email':
      return t('formRuntime.errors.patternEmail');
    case 'uri':
      return t('formRuntime.errors.patternUrl');
    case 'date':
      return t('formRuntime.errors.patternDate');
    case 'date-time':
      return t('formRuntime.errors.patternDateTime');
    default:
      return t('formRuntime.errors.pattern');
  }
}

/**
 * One error code in the reader's language, with the limit it broke ("At most 20 characters"). The widget
 * tells what a `pattern` stands for (an email, a date…), so the message can say what is expected.
 */
export function errorMessage(code: string, property: Property, t: TFunction, widget?: unknown): string {
  switch (code) {
    case 'required':
      return t('formRuntime.errors.required');
    case 'type':
      return typeMessage(property, t);
    case 'enum':
      return t('formRuntime.errors.enum');
    case 'minimum':
      return t('formRuntime.errors.minimum', { limit: limit(property, 'minimum') });
    case 'maximum':
      return t('formRuntime.errors.maximum', { limit: limit(property, 'maximum') });
    case 'minLength':
      return t('formRuntime.errors.minLength', { count: Number(limit(property, 'minLength')) });
    case 'maxLength':
      return t('formRuntime.errors.maxLength', { count: Number(limit(property, 'maxLength')) });
    case 'pattern':
      return patternMessage(widget, t);
    case 'minItems':
      return t('formRuntime.errors.minItems', { count: Number(limit(property, 'minItems')) });
    case 'maxItems':
      return t('formRuntime.errors.maxItems', { count: Number(limit(property, 'maxItems')) });
    case 'uniqueItems':
      return t('formRuntime.errors.uniqueItems');
    default:
      return t('formRuntime.errors.invalid');
  }
}

/** All the codes of a validation in the reader's language, by field. */
export function errorMessages(
  codes: FieldErrorCodes,
  schema: FormSchema,
  uiSchema: FormUiSchema | undefined,
  t: TFunction,
): Record<string, string[]> {
  const properties = (schema.properties ?? {}) as Record<string, FormSchema>;
  const messages: Record<string, string[]> = {};
  for (const [field, list] of Object.entries(codes)) {
    const widget = (uiSchema?.[field] as Record<string, unknown> | undefined)?.['ui:widget'];
    messages[field] = list.map((code) => errorMessage(code, properties[field], t, widget));
  }
  return messages;
}
