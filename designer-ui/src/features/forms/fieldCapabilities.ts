import { isComputed, type FieldDefinition, type FieldType } from '../../shared/schema';
import type { FieldOverride, Widget } from './types';

// What a form may change per field type (docs/forms.md): the property panel shows only these, and the
// request body drops anything else, so a type change in the entity never leaves a stale override behind.

export type OverrideKey = Exclude<keyof FieldOverride, 'label' | 'help' | 'required'>;

const textTypes: FieldType[] = ['text', 'longtext', 'email', 'phone', 'url'];
const numberTypes: FieldType[] = ['number', 'currency', 'percent', 'rating'];

// The same lists as the server's FormWidgets; types with a single widget offer no choice.
const widgetsByType: Partial<Record<FieldType, Widget[]>> = {
  text: ['text', 'textarea', 'password'],
  longtext: ['textarea', 'text'],
  email: ['email', 'text'],
  url: ['uri', 'text'],
  number: ['updown', 'text'],
  currency: ['updown', 'text'],
  percent: ['updown', 'text'],
  rating: ['rating', 'updown'],
  select: ['select', 'radio'],
  multiselect: ['checkboxes', 'select'],
  boolean: ['checkbox', 'switch'],
};

/** The widgets a field of this type can be shown with, the default first; empty when there is no choice. */
export function widgetsFor(type: FieldType): Widget[] {
  return widgetsByType[type] ?? [];
}

/** Types a form can show: the system fills auto numbers and formulas in. */
export function canBeOnForm(field: FieldDefinition): boolean {
  return !isComputed(field.type);
}

export function supports(type: FieldType, key: OverrideKey): boolean {
  switch (key) {
    case 'widget':
      return widgetsFor(type).length > 0;
    case 'placeholder':
      return textTypes.includes(type) || (numberTypes.includes(type) && type !== 'rating') || type === 'select';
    case 'minimum':
    case 'maximum':
      return numberTypes.includes(type);
    case 'minLength':
    case 'maxLength':
    case 'pattern':
      return textTypes.includes(type);
    case 'optionLabels':
      return type === 'select' || type === 'multiselect';
  }
}

// What a text field holds at most when the entity sets no limit of its own (the server's field types).
const typeLimits: Partial<Record<FieldType, number>> = { text: 1000, longtext: 100_000, email: 254, phone: 40, url: 2048 };

/** The most characters a form may allow for a text field: the entity's limit (a form only narrows it). */
export function textLimit(field: FieldDefinition): number | undefined {
  return field.maxLength ?? typeLimits[field.type];
}
