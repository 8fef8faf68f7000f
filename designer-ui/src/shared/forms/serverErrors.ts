import type { ErrorSchema } from '@rjsf/utils';
import type { FormData } from './types';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** A ProblemDetails key (`budget`, `$.budget`, `Budget`) as the field slug it names, when the form has it. */
function fieldOf(key: string, fields: string[]): string | undefined {
  const bare = key.replace(/^\$\.?/, '').split(/[.[]/)[0];
  return fields.find((field) => field === bare) ?? fields.find((field) => field.toLowerCase() === bare.toLowerCase());
}

export type PlacedServerErrors = { byField: ErrorSchema<FormData> | undefined; other: string[] };

/**
 * The server's errors split into those shown at a field and the rest. A field's errors stop showing once its
 * value differs from what was sent (`sent`), so a corrected field does not keep an old complaint.
 */
export function placeServerErrors(
  errors: Record<string, string[]> | undefined,
  fields: string[],
  sent: FormData,
  current: FormData,
): PlacedServerErrors {
  const byField: Record<string, { __errors: string[] }> = {};
  const other: string[] = [];
  for (const [key, messages] of Object.entries(errors ?? {})) {
    const field = fieldOf(key, fields);
    if (!field) {
      other.push(...messages);
      continue;
    }
    if (!same(sent[field], current[field])) continue;
    byField[field] = { __errors: [...(byField[field]?.__errors ?? []), ...messages] };
  }
  return { byField: Object.keys(byField).length > 0 ? (byField as ErrorSchema<FormData>) : undefined, other };
}
