import { describe, expect, it } from 'vitest';
import { splitFieldErrors, toNamePath } from '../fieldErrors';

describe('toNamePath', () => {
  it('keeps a plain field slug', () => {
    expect(toNamePath('email')).toEqual(['email']);
  });

  it('splits dotted and indexed keys into a name path', () => {
    expect(toNamePath('options[1].value')).toEqual(['options', 1, 'value']);
    expect(toNamePath('records[3].email')).toEqual(['records', 3, 'email']);
  });

  it('strips a JSON-path root and lowers PascalCase property names', () => {
    expect(toNamePath('$.budget')).toEqual(['budget']);
    expect(toNamePath('Label.en')).toEqual(['label', 'en']);
  });

  it('keeps language keys as they are', () => {
    expect(toNamePath('label.zh-CN')).toEqual(['label', 'zh-CN']);
  });
});

describe('splitFieldErrors', () => {
  const known = [['name'], ['email'], ['label', 'zh-CN'], ['label', 'en'], ['options', 0, 'value']];

  it('puts each message at the item that caused it', () => {
    const result = splitFieldErrors(
      { email: ['Not a valid email address.'], 'options[0].value': ['Duplicate value.'] },
      known,
    );
    expect(result.fields).toEqual([
      { name: ['email'], errors: ['Not a valid email address.'] },
      { name: ['options', 0, 'value'], errors: ['Duplicate value.'] },
    ]);
    expect(result.other).toEqual([]);
  });

  it('puts an error on a parent property at its first child item', () => {
    const result = splitFieldErrors({ label: ['A label is required.'] }, known);
    expect(result.fields).toEqual([{ name: ['label', 'zh-CN'], errors: ['A label is required.'] }]);
  });

  it('keeps errors no item can show apart', () => {
    const result = splitFieldErrors({ '': ['Broken body.'], owner: ['No such user.'] }, known);
    expect(result.fields).toEqual([]);
    expect(result.other).toEqual(['Broken body.', 'No such user.']);
  });

  it('merges two keys that land on the same item', () => {
    const result = splitFieldErrors({ Email: ['Too long.'], email: ['Not valid.'] }, known);
    expect(result.fields).toEqual([{ name: ['email'], errors: ['Too long.', 'Not valid.'] }]);
  });
});
