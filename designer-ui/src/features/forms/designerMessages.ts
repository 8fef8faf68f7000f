import type { DraftIssue } from './draftChecks';
import { addMessage, type Messages } from './targets';

export type DesignerTab = 'layout' | 'rules' | 'settings' | 'preview';

/** The client checks as messages in the person's language. */
export function issueMessages(issues: DraftIssue[], translate: (key: string, args?: Record<string, unknown>) => string): Messages {
  const messages: Messages = {};
  for (const issue of issues) addMessage(messages, issue.target, translate(`formDesigner.checks.${issue.code}`, issue.args));
  return messages;
}

export function mergeMessages(...sources: Messages[]): Messages {
  const merged: Messages = {};
  for (const source of sources) {
    for (const [target, list] of Object.entries(source)) for (const text of list) addMessage(merged, target, text);
  }
  return merged;
}

/**
 * Messages without those of the part the person just changed: a kind (`rule:`) or one target and what is
 * under it (`field:budget` takes `field:budget.minimum` along, not `field:budget2`).
 */
export function withoutPrefix(messages: Messages, prefix: string): Messages {
  const under = (target: string) =>
    prefix.endsWith(':') ? target.startsWith(prefix) : target === prefix || target.startsWith(`${prefix}.`);
  return Object.fromEntries(Object.entries(messages).filter(([target]) => !under(target)));
}

/** The tab that shows a message's target. */
export function tabOf(target: string): DesignerTab | undefined {
  if (target.startsWith('field:') || target.startsWith('section:')) return 'layout';
  if (target.startsWith('rule:')) return 'rules';
  if (target.startsWith('settings:')) return 'settings';
  return undefined;
}

/** How many messages each tab holds, for the badges on the tabs. */
export function countByTab(messages: Messages): Record<DesignerTab, number> {
  const counts: Record<DesignerTab, number> = { layout: 0, rules: 0, settings: 0, preview: 0 };
  for (const [target, list] of Object.entries(messages)) {
    const tab = tabOf(target);
    if (tab) counts[tab] += list.length;
  }
  return counts;
}
