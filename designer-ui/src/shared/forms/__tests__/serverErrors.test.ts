import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { formValidator } from '../formValidator';
import { placeServerErrors } from '../serverErrors';
import type { FormSchema } from '../types';

const fields = ['name', 'phone', 'ownerId'];

describe('placeServerErrors', () => {
  it('puts errors at their fields and the rest aside', () => {
    const placed = placeServerErrors({ phone: ['Taken.'], $: ['Try later.'], 'OwnerId': ['No such user.'] }, fields, { phone: '139' }, { phone: '139' });
    expect(placed.byField).toEqual({ phone: { __errors: ['Taken.'] }, ownerId: { __errors: ['No such user.'] } });
    expect(placed.other).toEqual(['Try later.']);
  });

  it('stops showing a field’s error once its value changed', () => {
    const placed = placeServerErrors({ phone: ['Taken.'] }, fields, { phone: '139' }, { phone: '138' });
    expect(placed.byField).toBeUndefined();
  });
});

describe('formValidator', () => {
  const schema: FormSchema = { type: 'object', required: ['name'], properties: { name: { type: 'string', maxLength: 3 }, notes: { type: 'string' } } };
  const rules = [{ when: { required: ['name'] }, effect: 'require' as const, field: 'notes' }];

  it('answers rjsf with the server’s errors, by field, in the reader’s language', () => {
    const validator = formValidator(schema, rules, {}, i18n.getFixedT('en'));
    // rjsf hands over the schema it renders; the form's own schema and rules decide.
    const result = validator.validateFormData({ name: 'long' }, { ...schema, required: [] });
    expect(result.errorSchema).toEqual({ name: { __errors: ['At most 3 characters.'] }, notes: { __errors: ['Required.'] } });
    expect(result.errors.map((error) => error.property)).toEqual(['.name', '.notes']);
  });

  it('has nothing to say about a good record', () => {
    const validator = formValidator(schema, rules, {}, i18n.getFixedT('en'));
    expect(validator.validateFormData({ name: 'ab', notes: 'x' }, schema).errors).toEqual([]);
  });
});
