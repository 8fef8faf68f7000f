import type { FormInstance } from 'antd';
import { isProblem, problemText, splitFieldErrors } from '../api';

type NamePath = (string | number)[];

/**
 * Shows a failed save in a form: validation messages at the items that caused them (problem `errors`
 * keyed by property), and answers the text to show above the form for everything else, if any.
 */
export function formProblem<T>(
  form: FormInstance<T>,
  error: unknown,
  names: NamePath[],
  fallback: string,
): string | undefined {
  if (isProblem(error) && Object.keys(error.errors).length > 0) {
    const { fields, other } = splitFieldErrors(error.errors, names);
    form.setFields(fields as Parameters<FormInstance<T>['setFields']>[0]);
    return other.length > 0 ? other.join(' ') : undefined;
  }
  return problemText(error, fallback);
}
