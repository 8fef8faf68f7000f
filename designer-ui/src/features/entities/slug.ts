export const slugPattern = /^[a-z][a-z0-9_]{0,62}$/;

const systemNames = new Set(['id', 'version', 'created_at', 'updated_at', 'created_by', 'owner_id', 'deleted_at']);
const refusedPrefixes = ['sys_', 'sqlite_', 'fts_'];

// The SQL words most likely to come out of a label; the server holds the full list and has the last word.
const sqlKeywords = new Set(
  ('abort action add after all alter and as asc attach autoincrement before begin between by cascade case ' +
    'cast check collate column commit conflict constraint create cross current current_date current_time ' +
    'current_timestamp database default deferred delete desc detach distinct do drop each else end escape ' +
    'except exclusive exists explain fail filter for foreign from full glob group having if ignore immediate ' +
    'in index indexed initially inner insert instead intersect into is isnull join key left like limit match ' +
    'natural no not nothing notnull null of offset on or order outer over plan pragma primary query raise ' +
    'recursive references regexp reindex release rename replace restrict right rollback row rows savepoint ' +
    'select set table temp temporary then to transaction trigger union unique update user using vacuum values ' +
    'view virtual when where window with without')
    .split(' '),
);

/** Whether the server would refuse this slug for its shape or because it is reserved. */
export function isReservedSlug(slug: string): boolean {
  return systemNames.has(slug) || sqlKeywords.has(slug) || refusedPrefixes.some((prefix) => slug.startsWith(prefix));
}

export function isValidSlug(slug: string): boolean {
  return slugPattern.test(slug) && !isReservedSlug(slug);
}

/**
 * A slug suggested from a (usually English) label: "Lead Source" → "lead_source". Answers '' when the label
 * has nothing to build one from (a Chinese-only label), so the caller can keep what it had.
 */
export function suggestSlug(label: string): string {
  let slug = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!slug) return '';
  if (!/^[a-z]/.test(slug)) slug = `f_${slug}`;
  slug = slug.slice(0, 63).replace(/_+$/, '');
  if (isReservedSlug(slug)) slug = `${slug}_1`.slice(0, 63);
  return slug;
}

/** `base`, else `base_2`, `base_3`… the first one not taken. */
export function uniqueSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${base.slice(0, 63 - suffix.length)}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** The slug a field dropped from the palette gets: `text_1`, `text_2`… */
export function nextFieldSlug(type: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const candidate = `${type}_${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** True for slugs the designer generated and the user has not changed yet, which may follow the label. */
export function isGeneratedFieldSlug(slug: string, type: string): boolean {
  return new RegExp(`^${type}_\\d+$`).test(slug);
}
