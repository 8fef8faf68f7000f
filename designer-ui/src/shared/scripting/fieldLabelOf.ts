import { localize } from '../i18n/localize';
import type { FieldDefinition } from '../schema';

/** Names a score reason after the field it is named like (`budget` → 预算), for people who read labels. */
export function fieldLabelOf(fields: FieldDefinition[], language: string): (rule: string) => string | undefined {
  return (rule) => {
    const field = fields.find((candidate) => candidate.slug === rule);
    return field ? localize(field.label, language) || undefined : undefined;
  };
}
