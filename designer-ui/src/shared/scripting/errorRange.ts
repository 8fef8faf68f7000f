import type { Text } from '@codemirror/state';

/**
 * The document range to underline for an error at a 1-based line and column: from the column to the end
 * of the word there (or the line's end), clamped into the document, so a stale position never throws.
 */
export function errorRange(doc: Text, line: number, column: number): { from: number; to: number; line: number } {
  const number = Math.min(Math.max(1, Math.floor(line) || 1), doc.lines);
  const target = doc.line(number);
  const offset = Math.min(Math.max(0, (Math.floor(column) || 1) - 1), target.length);
  const from = target.from + offset;
  const rest = target.text.slice(offset);
  const word = /^[\w$]+/.exec(rest)?.[0].length ?? 0;
  const to = word > 0 ? from + word : rest.trim() ? target.to : from;
  return { from, to, line: number };
}
