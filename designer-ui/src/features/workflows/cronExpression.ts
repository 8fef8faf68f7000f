type FieldRule = { min: number; max: number; names?: string[]; extra?: RegExp };

const months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const days = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

const second: FieldRule = { min: 0, max: 59 };
const minute: FieldRule = { min: 0, max: 59 };
const hour: FieldRule = { min: 0, max: 23 };
// Cronos also knows L (last day), LW, nW (nearest weekday) in the day of month, and nL / n#k in the weekday.
const dayOfMonth: FieldRule = { min: 1, max: 31, extra: /^(L(-\d{1,2})?|LW|\d{1,2}W)$/ };
const month: FieldRule = { min: 1, max: 12, names: months };
const dayOfWeek: FieldRule = { min: 0, max: 7, names: days, extra: /^([0-7]|SUN|MON|TUE|WED|THU|FRI|SAT)(L|#[1-5])$/ };

function value(text: string, rule: FieldRule): number | null {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return n >= rule.min && n <= rule.max ? n : null;
  }
  const index = rule.names?.indexOf(text.toUpperCase()) ?? -1;
  return index < 0 ? null : index + (rule.names === months ? 1 : 0);
}

function validPart(part: string, rule: FieldRule): boolean {
  if (rule.extra?.test(part.toUpperCase())) return true;
  const [range, step, ...rest] = part.split('/');
  if (rest.length > 0) return false;
  if (step !== undefined && !(/^\d+$/.test(step) && Number(step) > 0)) return false;
  if (range === '*' || range === '?') return true;
  const [from, to, ...more] = range.split('-');
  if (more.length > 0) return false;
  const start = value(from, rule);
  if (start === null) return false;
  if (to === undefined) return true;
  const end = value(to, rule);
  return end !== null && end >= start;
}

function validField(field: string, rule: FieldRule): boolean {
  return field.split(',').every((part) => part !== '' && validPart(part, rule));
}

/**
 * Checks a cron expression as the engine's Cronos parser reads it: five fields (minute hour day month
 * weekday), or six with seconds first. `allowFive` is false for Elsa.Cron, which always reads six.
 */
export function isValidCron(expression: string, allowFive = true): boolean {
  const fields = expression.trim().split(/\s+/).filter(Boolean);
  if (fields.length === 6) return [second, minute, hour, dayOfMonth, month, dayOfWeek].every((rule, i) => validField(fields[i], rule));
  if (fields.length === 5 && allowFive) return [minute, hour, dayOfMonth, month, dayOfWeek].every((rule, i) => validField(fields[i], rule));
  return false;
}
