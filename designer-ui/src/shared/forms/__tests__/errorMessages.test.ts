import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { errorMessages } from '../errorMessages';
import type { FormSchema } from '../types';
import { validateRecord } from '../validateRecord';

const path = join(__dirname, '..', '..', '..', '..', '..', 'tests', 'fixtures', 'forms', 'rule-matrix.json');
const lead = (JSON.parse(readFileSync(path, 'utf8')) as { schemas: Record<string, FormSchema> }).schemas.lead;
const en = i18n.getFixedT('en');
const zh = i18n.getFixedT('zh-CN');

describe('error messages', () => {
  it('name the limit that was broken, in the reader’s language', () => {
    const codes = validateRecord(lead, [], { name: 'x'.repeat(21), status: 'new', budget: -1, tags: ['vip', 'new', 'hot', 'cold'] });
    expect(errorMessages(codes, lead, {}, en)).toEqual({
      name: ['At most 20 characters.'],
      budget: ['At least 0.'],
      tags: ['Choose at most 3 options.'],
    });
    expect(errorMessages(codes, lead, {}, zh)).toEqual({
      name: ['最多 20 个字符。'],
      budget: ['不能小于 0。'],
      tags: ['最多选择 3 项。'],
    });
  });

  it('say what a pattern expects when the widget tells', () => {
    const codes = { email: ['pattern'], closes_on: ['pattern'], phone: ['pattern'] };
    const ui = { email: { 'ui:widget': 'email' }, closes_on: { 'ui:widget': 'date' } };
    expect(errorMessages(codes, lead, ui, en)).toEqual({
      email: ['Enter an email address such as name@example.com.'],
      closes_on: ['Enter a date such as 2026-06-30.'],
      phone: ['Not in the expected format.'],
    });
  });

  it('tell a whole number from a number, and required from the rest', () => {
    const codes = validateRecord(lead, [], { status: 'new', employees: 2.5, budget: 'many' });
    expect(errorMessages(codes, lead, {}, en)).toEqual({
      name: ['Required.'],
      employees: ['Enter a whole number.'],
      budget: ['Enter a number.'],
    });
  });
});
