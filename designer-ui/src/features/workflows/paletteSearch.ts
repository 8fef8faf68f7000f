/** True when every word of the query appears in one of the texts (case and accents ignored). */
export function paletteMatches(query: string, texts: string[]): boolean {
  const fold = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const haystack = fold(texts.join(' '));
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
