import { localize } from '../../shared/i18n/localize';
import { valueType, type FieldDefinition } from '../../shared/schema';

export type FormatContext = {
  language: string;
  /** Texts for booleans in the current language. */
  yes: string;
  no: string;
  /** Names of users by id, for user fields not expanded. */
  userNames?: Map<number, string>;
  /** Display field of the relation's target entity, by entity slug. */
  displayFields?: Record<string, string | undefined>;
  /** Only tests pass one; the browser shows times in its own zone. */
  timeZone?: string;
};

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

function numberFormat(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return new Intl.NumberFormat(language === 'en' ? 'en-US' : 'zh-CN', options);
}

function digits(precision: number | null | undefined, fallback: number) {
  const value = precision ?? fallback;
  return { minimumFractionDigits: value, maximumFractionDigits: value };
}

/** `2026-11-22T08:30:00Z` as `2026-11-22 16:30` in the viewer's (or the given) time zone. */
export function formatDateTime(value: string, timeZone?: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** The label of a select option in the current language, or its value when the option is gone. */
export function optionLabel(field: Pick<FieldDefinition, 'options'>, value: unknown, language: string): string {
  const option = field.options?.find((candidate) => candidate.value === value);
  return option ? localize(option.label, language) || option.value : String(value);
}

/** A linked record or user: expanded objects show their name, bare ids show `#id`. */
export function linkLabel(value: unknown, nameKey: string | undefined, names?: Map<number, string>): string {
  if (value && typeof value === 'object') {
    const linked = value as Record<string, unknown>;
    const name = (nameKey && linked[nameKey]) ?? linked.name ?? linked.email;
    return name !== undefined && name !== null && name !== '' ? String(name) : `#${String(linked.id)}`;
  }
  if (typeof value === 'number' && names?.has(value)) return names.get(value) as string;
  return `#${String(value)}`;
}

/** A field value as plain text in the current language: table cells, history, exports. */
export function formatValue(field: FieldDefinition, value: unknown, context: FormatContext): string {
  if (isEmpty(value)) return '';
  const { language } = context;
  // A formula's value reads like a field of its result type, with the formula's precision.
  switch (valueType(field)) {
    case 'number':
      return typeof value === 'number' ? numberFormat(language, digits(field.precision, 0)).format(value) : String(value);
    case 'currency':
      if (typeof value !== 'number') return String(value);
      return numberFormat(language, {
        style: 'currency',
        currency: field.currency || 'CNY',
        ...digits(field.precision, 2),
      }).format(value);
    case 'percent':
      return typeof value === 'number'
        ? `${numberFormat(language, digits(field.precision, 2)).format(value)}%`
        : String(value);
    case 'boolean':
      return value ? context.yes : context.no;
    case 'datetime':
      return typeof value === 'string' ? formatDateTime(value, context.timeZone) : String(value);
    case 'select':
      return optionLabel(field, value, language);
    case 'stage':
      return optionLabel({ options: field.stages?.map((stage) => ({ value: stage.value, label: stage.label })) }, value, language);
    case 'multiselect':
      return (Array.isArray(value) ? value : [value]).map((item) => optionLabel(field, item, language)).join(', ');
    case 'rating': {
      const max = field.max ?? 5;
      const stars = Math.max(0, Math.min(max, Math.round(Number(value))));
      return '★'.repeat(stars) + '☆'.repeat(max - stars);
    }
    case 'user':
      return linkLabel(value, 'name', context.userNames);
    case 'relation':
      return linkLabel(value, field.relation ? context.displayFields?.[field.relation.entity] : undefined);
    default:
      return String(value);
  }
}
