import { toNamePath } from '../../shared/api';
import { sentHiddenFields, sentRules, type FormDraft } from './formDraft';
import { addMessage, fieldTarget, otherTarget, ruleTarget, sectionTarget, settingsTarget, type Messages } from './targets';

const settingsMembers = new Set(['slug', 'label', 'description', 'isDefault', 'public']);

/**
 * Places the server's ProblemDetails `errors` (keys such as `layout.sections[1].columns`, `fields.budget.minimum`,
 * `rules[0].when`, `hiddenFields[0].param`, `submission.redirectUrl`, or a bare field slug) where they belong
 * on the designer. Indexes point into the body that was sent, which leaves out unfinished rows; the same
 * draft maps them back to the rows on screen.
 */
export function problemTargets(errors: Record<string, string[]>, draft: FormDraft, fieldSlugs: string[]): Messages {
  const messages: Messages = {};
  const rules = sentRules(draft);
  const hidden = sentHiddenFields(draft);
  for (const [key, list] of Object.entries(errors)) {
    const target = targetOf(toNamePath(key), draft, fieldSlugs, rules.map((rule) => rule.key), hidden.map((row) => row.key));
    for (const text of list) addMessage(messages, target, text);
  }
  return messages;
}

function targetOf(
  path: (string | number)[],
  draft: FormDraft,
  fieldSlugs: string[],
  ruleKeys: string[],
  hiddenKeys: string[],
): string {
  const [head, second, third, fourth] = path;
  switch (head) {
    case 'layout': {
      const section = second === 'sections' && typeof third === 'number' ? draft.layout.sections[third] : undefined;
      if (!section) return sectionTarget('*');
      // `layout.sections[0].fields[2]` is about the field in that place.
      if (fourth === 'fields' && typeof path[4] === 'number' && section.fields[path[4]]) {
        return fieldTarget(section.fields[path[4]]);
      }
      return sectionTarget(section.id);
    }
    case 'fields':
      if (typeof second === 'string') return fieldTarget(second, typeof third === 'string' ? third : undefined);
      return otherTarget;
    case 'rules':
      return typeof second === 'number' && ruleKeys[second] ? ruleTarget(ruleKeys[second]) : ruleTarget('*');
    case 'hiddenFields': {
      const index = typeof second === 'number' ? draft.hiddenFields.findIndex((row) => row.key === hiddenKeys[second]) : -1;
      if (index < 0) return settingsTarget(['hiddenFields']);
      return settingsTarget(['hiddenFields', index, typeof third === 'string' ? third : 'field']);
    }
    case 'submission':
      return settingsTarget([typeof second === 'string' ? second : 'ownerId']);
    default:
      if (typeof head === 'string' && settingsMembers.has(head)) return settingsTarget(path);
      if (typeof head === 'string' && fieldSlugs.includes(head)) return fieldTarget(head);
      return otherTarget;
  }
}
