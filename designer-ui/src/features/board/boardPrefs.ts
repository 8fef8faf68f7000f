import { isNumeric, isTextLike, valueType, type FieldDefinition } from '../../shared/schema';
import { maxCardFields } from './cardLayout';

/** What a person chose for one board: the fields its cards show and the field its columns add up ('' for none). */
export type BoardPrefs = { cardFields: string[]; amount?: string };

export const prefsKey = (entity: string, field: string) => `board:${entity}:${field}`;

/** The fields a column can add up: numbers, amounts, percentages (a formula giving a number too). */
export function amountFields(fields: FieldDefinition[]): FieldDefinition[] {
  return fields.filter((field) => {
    const type = valueType(field);
    return isNumeric(type) && type !== 'rating' && field.type !== 'formula';
  });
}

/** The fields a card can show: any but the pipeline itself (the column says the stage). */
export function cardFieldChoices(fields: FieldDefinition[], stageField: string): FieldDefinition[] {
  return fields.filter((field) => field.slug !== stageField);
}

/**
 * A first board: cards titled by the first text field, columns adding up the deal's amount — the currency
 * field called `amount` when there is one (a budget may come first), else the first currency (else number) field.
 */
export function defaultPrefs(fields: FieldDefinition[]): BoardPrefs {
  const title = fields.find((field) => isTextLike(field.type) && field.type !== 'longtext') ?? fields.find((field) => isTextLike(field.type));
  const amounts = amountFields(fields);
  const currencies = amounts.filter((field) => field.type === 'currency');
  const amount = currencies.find((field) => field.slug === 'amount') ?? currencies[0] ?? amounts[0];
  return { cardFields: title ? [title.slug] : [], amount: amount?.slug };
}

/**
 * The stored choice read back, checked against the fields as they are now: fields since deleted are
 * dropped, an amount field that no longer adds up falls back to the default.
 */
export function parsePrefs(stored: string | null, fields: FieldDefinition[], stageField: string): BoardPrefs {
  const fallback = defaultPrefs(fields);
  if (!stored) return fallback;
  try {
    const parsed = JSON.parse(stored) as Partial<BoardPrefs>;
    const known = new Set(cardFieldChoices(fields, stageField).map((field) => field.slug));
    const cardFields = Array.isArray(parsed.cardFields)
      ? parsed.cardFields.filter((slug): slug is string => typeof slug === 'string' && known.has(slug)).slice(0, maxCardFields)
      : fallback.cardFields;
    const amounts = new Set(amountFields(fields).map((field) => field.slug));
    // An empty amount is a choice (no sums); a deleted field is not.
    const kept = parsed.amount === '' || (!!parsed.amount && amounts.has(parsed.amount));
    return { cardFields, amount: kept ? parsed.amount : fallback.amount };
  } catch {
    return fallback;
  }
}
