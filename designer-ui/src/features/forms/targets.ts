// Where a message belongs on the designer's screen. Client checks and server errors both end up as
// `Record<target, messages>`, so every panel looks its own messages up the same way.

export const fieldTarget = (slug: string, property?: string) => (property ? `field:${slug}.${property}` : `field:${slug}`);
export const sectionTarget = (id: string) => `section:${id}`;
export const ruleTarget = (key: string) => `rule:${key}`;
export const settingsTarget = (path: (string | number)[]) => `settings:${path.join('.')}`;
export const otherTarget = 'other';

export type Messages = Record<string, string[]>;

/** Messages whose target starts with a prefix (`field:budget` finds `field:budget` and `field:budget.minimum`). */
export function messagesUnder(messages: Messages, prefix: string): string[] {
  return Object.entries(messages)
    .filter(([target]) => target === prefix || target.startsWith(`${prefix}.`))
    .flatMap(([, list]) => list);
}

export function countWithPrefix(messages: Messages, prefix: string): number {
  return Object.entries(messages)
    .filter(([target]) => target.startsWith(prefix))
    .reduce((sum, [, list]) => sum + list.length, 0);
}

export function addMessage(messages: Messages, target: string, text: string): void {
  (messages[target] ??= []).push(text);
}
