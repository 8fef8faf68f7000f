import type { LocalizedText } from '../../shared/i18n';
import type { FormRule, FormSchema, FormUiSchema } from '../../shared/forms';

/** A text the server gives in the request's language, or in both. */
export type ServerText = string | LocalizedText | null | undefined;

/** GET /api/public/forms/{slug}: the latest published version of a public form. */
export type PublicForm = {
  slug: string;
  version: number;
  label?: ServerText;
  description?: ServerText;
  schema: FormSchema;
  uiSchema: FormUiSchema;
  rules: FormRule[];
  /** URL parameters the page passes on (hidden fields such as utm_source). */
  params: string[];
  thankYou?: ServerText;
  redirectUrl?: string | null;
};

export type PublicSubmission = {
  version: number;
  data: Record<string, unknown>;
  params: Record<string, string>;
  _honeypot: string;
};

/** 201 of POST /api/public/forms/{slug}. */
export type SubmitReceipt = { receipt: string; version: number; message?: string | null; redirectUrl?: string | null };
