import type { ScriptMarker } from './types';

// A save refused for a syntax error names the place only in its message (errors.script is a list of
// texts), in the reader's language: "… line 3, column 5", "… 第 3 行第 5 列", or "(3:5)".
const patterns = [
  /line\s*(\d+)\D{0,12}?col(?:umn)?\s*(\d+)/i,
  /第\s*(\d+)\s*行\D{0,6}?第?\s*(\d+)\s*列/,
  /\((\d+):(\d+)\)/,
  /\b(\d+):(\d+)\b/,
];

/** The line and column a server message names, to mark in the editor; undefined when it names none. */
export function messageMarker(message: string): ScriptMarker | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(message);
    if (match) return { line: Number(match[1]), column: Number(match[2]), message };
  }
  return undefined;
}
