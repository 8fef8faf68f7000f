import { http } from '../../shared/api';
import type { PublicForm, PublicSubmission, SubmitReceipt } from './types';

const formUrl = (slug: string) => `/api/public/forms/${encodeURIComponent(slug)}`;

// No sign-in here: a 401 would be the server's mistake, never a reason to send a visitor to the sign-in page.
export const publicFormsApi = {
  get: (slug: string) => http<PublicForm>(formUrl(slug), { allowUnauthorized: true }),
  submit: (slug: string, body: PublicSubmission) =>
    http<SubmitReceipt>(formUrl(slug), { method: 'POST', body, allowUnauthorized: true }),
};
