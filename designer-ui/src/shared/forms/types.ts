import type { RJSFSchema, UiSchema } from '@rjsf/utils';

/** A draft-07 JSON Schema as the server generates it for a form. */
export type FormSchema = RJSFSchema;

/** The uiSchema react-jsonschema-form understands, with the form's sections under `ui:options`. */
export type FormUiSchema = UiSchema;

export type RuleEffect = 'show' | 'hide' | 'require' | 'optional';

/** A rule in the style of JSON Forms: when the record matches `when`, `effect` applies to `field`. */
export type FormRule = { when: FormSchema; effect: RuleEffect; field: string };

/** What a form renders and checks: the generated schema, its layout and its rules. */
export type RenderedForm = { schema: FormSchema; uiSchema: FormUiSchema; rules: FormRule[] };

/** A section of the layout in the generated uiSchema (`ui:options.sections`). */
export type FormSection = {
  id: string;
  title?: string | Record<string, string | undefined>;
  columns?: number;
  fields: string[];
};

/** Error codes by field slug, as both validators report them. */
export type FieldErrorCodes = Record<string, string[]>;

/** Record values by field slug. */
export type FormData = Record<string, unknown>;
