import type { ScriptCompletion, ScriptDeclarations } from './declarations';

// The editor narrows the options to the typed prefix itself (fuzzily), so these answer whole lists.

export type CompletionAnswer = {
  /** Where the replaced word starts, as an offset into the text before the cursor. */
  from: number;
  options: ScriptCompletion[];
};

const memberAccess = /(?<![\w$.])([A-Za-z_$][\w$]*)\s*\??\.\s*([\w$]*)$/;
const word = /[A-Za-z_$][\w$]*$/;

/**
 * What to offer for the text before the cursor: the members of `record.` / `user?.` / `workingDays.`…,
 * or the globals while a word is being typed. `explicit` (Ctrl-Space) offers the globals with no word yet.
 */
export function completeScript(
  declarations: ScriptDeclarations,
  before: string,
  explicit = false,
): CompletionAnswer | undefined {
  const access = memberAccess.exec(before);
  if (access) {
    const [, object, prefix] = access;
    const members = declarations.members[object];
    if (!members) return undefined;
    return { from: before.length - prefix.length, options: members };
  }
  const typed = word.exec(before)?.[0] ?? '';
  if (!typed && !explicit) return undefined;
  // A word after a dot of an unknown object (`foo.ba`) is no global.
  if (/\.\s*$/.test(before.slice(0, before.length - typed.length))) return undefined;
  if (declarations.globals.length === 0) return undefined;
  return { from: before.length - typed.length, options: declarations.globals };
}
