export type FormFieldError = { name: (string | number)[]; errors: string[] };

/**
 * Turns the problem `errors` keys the server uses (`email`, `label.en`, `options[1].value`, `$.budget`,
 * `Label`) into antd Form name paths, so each message lands on the item that caused it.
 */
export function toNamePath(key: string): (string | number)[] {
  const trimmed = key.replace(/^\$\.?/, '');
  const path: (string | number)[] = [];
  for (const part of trimmed.split('.')) {
    if (!part) continue;
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      path.push(part);
      continue;
    }
    const [, head, indexes] = match;
    if (head) path.push(lowerFirst(head));
    for (const index of indexes.matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return path;
}

function lowerFirst(text: string): string {
  // Language keys such as `zh-CN` keep their case; property names arrive as camelCase or PascalCase.
  if (/^[a-z]{2}-[A-Z]{2}$/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

type NamePath = (string | number)[];

const same = (a: NamePath, b: NamePath) => a.length === b.length && a.every((part, i) => part === b[i]);
const startsWith = (path: NamePath, prefix: NamePath) => prefix.every((part, i) => path[i] === part);

/**
 * Splits problem errors into those a form shows at an item and the rest (shown above the form).
 * An error on `label` lands on the first item under it (`label.zh-CN`); an error deeper than an item
 * (`options[0].label.en` when only `options[0].label` exists) lands on that item.
 */
export function splitFieldErrors(
  errors: Record<string, string[]>,
  knownNames: NamePath[],
): { fields: FormFieldError[]; other: string[] } {
  const byName = new Map<string, FormFieldError>();
  const other: string[] = [];
  for (const [key, messages] of Object.entries(errors)) {
    const path = toNamePath(key);
    const target =
      knownNames.find((name) => same(name, path)) ??
      knownNames.find((name) => path.length > 0 && startsWith(name, path)) ??
      knownNames.find((name) => startsWith(path, name));
    if (!target) {
      other.push(...messages);
      continue;
    }
    const id = JSON.stringify(target);
    const entry = byName.get(id) ?? { name: target, errors: [] };
    entry.errors.push(...messages);
    byName.set(id, entry);
  }
  return { fields: [...byName.values()], other };
}
