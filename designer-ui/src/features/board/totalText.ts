import type { FieldDefinition } from '../../shared/schema';
import { formatValue, type FormatContext } from '../records';

/** A column's or the board's total in the amount field's format, in whole units: headers have little room. */
export function totalText(amount: FieldDefinition | undefined, value: number, context: FormatContext): string {
  return amount ? formatValue({ ...amount, precision: 0 }, Math.round(value), context) : '';
}
