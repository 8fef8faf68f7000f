import type { LocalizedText } from '../../shared/i18n';

/** One section of a form's layout: a titled group of fields laid out in 1–3 columns. */
export type FormSection = {
  id: string;
  title?: LocalizedText | null;
  columns: number;
  fields: string[];
};

export type FormLayout = { sections: FormSection[] };

export type Widget =
  | 'text'
  | 'textarea'
  | 'password'
  | 'email'
  | 'uri'
  | 'updown'
  | 'rating'
  | 'select'
  | 'radio'
  | 'checkboxes'
  | 'checkbox'
  | 'switch';

/** What a form changes about one entity field; only the members its type understands. */
export type FieldOverride = {
  label?: LocalizedText | null;
  help?: LocalizedText | null;
  placeholder?: LocalizedText | null;
  widget?: Widget | null;
  required?: boolean | null;
  minimum?: number | null;
  maximum?: number | null;
  minLength?: number | null;
  maxLength?: number | null;
  pattern?: string | null;
  optionLabels?: Record<string, LocalizedText> | null;
};

export type RuleEffect = 'show' | 'hide' | 'require' | 'optional';

/** A JSON Schema condition over the whole record (only the keywords both validators evaluate). */
export type JsonCondition = Record<string, unknown>;

export type FormRule = { when: JsonCondition; effect: RuleEffect; field: string };

export type HiddenField = {
  field: string;
  param: string;
  map?: Record<string, string> | null;
  default?: string | null;
};

export type FormSubmission = {
  ownerId?: number | null;
  thankYou?: LocalizedText | null;
  redirectUrl?: string | null;
};

/** A form as the API reads and writes it (docs/forms.md). */
export type FormDefinition = {
  slug: string;
  entity?: string;
  label?: LocalizedText | null;
  description?: LocalizedText | null;
  isDefault?: boolean;
  public?: boolean;
  layout: FormLayout;
  fields?: Record<string, FieldOverride> | null;
  rules?: FormRule[] | null;
  hiddenFields?: HiddenField[] | null;
  submission?: FormSubmission | null;
  /** The latest published version; absent or null while never published. */
  version?: number | null;
  publishedAt?: string | null;
  createdAt?: string | null;
  updatedAt?: string | null;
};

/** A new form; without a layout the server lays out every field of the entity. */
export type FormCreate = {
  slug: string;
  label?: LocalizedText;
  public?: boolean;
  layout?: FormLayout;
  submission?: FormSubmission;
};

export type JsonSchema = Record<string, unknown>;

/** The generated schema and uiSchema of a definition (GET one form, or the designer's preview). */
export type GeneratedForm = {
  schema: JsonSchema;
  uiSchema: Record<string, unknown>;
  rules: FormRule[];
};

export type FormWithSchema = FormDefinition & Partial<GeneratedForm>;

export type PublishResult = { version: number; publishedAt?: string | null };
