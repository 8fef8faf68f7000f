import { suggestSlug } from '../entities';

/**
 * A form slug suggested from its (usually English) label, as it will read in the public link:
 * "Contact us" → "contact-us". A label with nothing to build from (Chinese only) gives `<entity>-form`.
 * `-2`, `-3`… keeps it apart from the slugs already taken.
 */
export function suggestFormSlug(label: string, entity: string, taken: Iterable<string>): string {
  const fromLabel = suggestSlug(label).replace(/_/g, '-');
  const base = (fromLabel || `${entity}-form`).slice(0, 60);
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
