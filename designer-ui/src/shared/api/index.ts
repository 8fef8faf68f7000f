export { http, buildUrl, configureHttp } from './http';
export type { HttpOptions, QueryValue } from './http';
export { ProblemError, isProblem, problemText } from './ProblemError';
export type { ProblemBody } from './ProblemError';
export { toNamePath, splitFieldErrors } from './fieldErrors';
export type { FormFieldError } from './fieldErrors';
