import { parse } from 'acorn';

export type ScriptSyntaxError = { message: string; line: number; column: number };

/**
 * Parses a workflow script the way the engine's Jint parser accepts it (a top-level `return` is allowed) and
 * gives the first syntax error with its 1-based line and column, or null when it parses.
 */
export function scriptSyntaxError(source: string): ScriptSyntaxError | null {
  try {
    parse(source, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true, allowAwaitOutsideFunction: true, locations: true });
    return null;
  } catch (error) {
    const located = error as { message?: string; loc?: { line: number; column: number } };
    const message = (located.message ?? String(error)).replace(/\s*\(\d+:\d+\)$/, '');
    return { message, line: located.loc?.line ?? 1, column: (located.loc?.column ?? 0) + 1 };
  }
}
