import { describe, expect, it } from 'vitest';
import { checkDraft } from '../draftChecks';
import { toDraft, type FormDraft } from '../formDraft';
import { contactUs, leadFields } from './fixtures';

const codes = (draft: FormDraft) => checkDraft(draft, leadFields).map((issue) => `${issue.target} ${issue.code}`);

describe('checkDraft', () => {
  it('finds nothing wrong with the definition of docs/forms.md', () => {
    expect(codes(toDraft(contactUs()))).toEqual([]);
  });

  it('points at sections that share an id or have a bad one', () => {
    const draft = toDraft(contactUs());
    draft.layout.sections[1].id = 'contact';
    draft.layout.sections.push({ id: '1st', columns: 1, fields: [] });
    expect(codes(draft)).toEqual(['section:contact sectionIdDuplicate', 'section:1st sectionIdPattern']);
  });

  it('points at a field placed twice and at columns out of range', () => {
    const draft = toDraft(contactUs());
    draft.layout.sections[1].fields.push('name');
    draft.layout.sections[0].columns = 4;
    expect(codes(draft)).toEqual(['section:contact columns', 'section:needs fieldTwice']);
  });

  it('points at the property of a field whose limits contradict each other or widen the entity', () => {
    const draft = toDraft(contactUs());
    draft.fields.budget = { minimum: 10, maximum: 1 };
    draft.fields.name = { minLength: 5, maxLength: 3 };
    draft.fields.phone = { maxLength: 41, pattern: '^(1' };
    expect(codes(draft)).toEqual([
      'field:name.maxLength minAboveMax',
      'field:phone.maxLength widens',
      'field:phone.pattern pattern',
      'field:budget.maximum minAboveMax',
    ]);
  });

  it('uses the entity limit of the field when it has one', () => {
    const draft = toDraft(contactUs());
    draft.fields.name = { maxLength: 201 };
    const issue = checkDraft(draft, leadFields).find((item) => item.code === 'widens');
    expect(issue).toEqual({ target: 'field:name.maxLength', code: 'widens', args: { limit: 200 } });
  });

  it('ignores the overrides of fields that are not on the form', () => {
    const draft = toDraft(contactUs());
    draft.fields.tags = { minimum: 9, maximum: 1 };
    expect(codes(draft)).toEqual([]);
  });

  it('points at unfinished rules, rules on fields off the form and rules hiding a required field', () => {
    const draft = toDraft(contactUs());
    const [show] = draft.rules;
    draft.rules = [
      { key: 'r1', effect: 'show', condition: { field: 'status', op: 'is' }, field: 'competitor' },
      { key: 'r2', effect: 'show', condition: { field: 'status', op: 'isEmpty' } },
      { ...show, key: 'r3', field: 'tags' },
      { ...show, key: 'r4', effect: 'hide', field: 'name' },
      { ...show, key: 'r5', effect: 'require', field: 'name' },
    ];
    expect(codes(draft)).toEqual(['rule:r1 ruleIncomplete', 'rule:r2 ruleIncomplete', 'rule:r3 ruleTargetOff', 'rule:r4 ruleOnRequired']);
  });

  it('checks the hidden fields: a field, a parameter used once, one mapping per value, not on the form', () => {
    const draft = toDraft(contactUs());
    const row = draft.hiddenFields[0];
    draft.hiddenFields = [
      row,
      { ...row, key: 'h2', param: 'utm_source' },
      { ...row, key: 'h3', field: undefined, param: 'a b' },
      { ...row, key: 'h4', field: 'name', param: 'who', map: [{ from: 'x', to: '1' }, { from: ' x', to: '2' }] },
    ];
    expect(codes(draft)).toEqual([
      'settings:hiddenFields.1.param paramDuplicate',
      'settings:hiddenFields.2.field hiddenField',
      'settings:hiddenFields.2.param param',
      'settings:hiddenFields.3.field hiddenOnForm',
      'settings:hiddenFields.3.map mapDuplicate',
    ]);
  });

  it('checks the slug, the name and the redirect address', () => {
    const draft = toDraft(contactUs());
    draft.slug = 'Contact us';
    draft.label = { 'zh-CN': ' ' };
    draft.afterSubmit = 'redirect';
    draft.redirectUrl = '/thanks';
    expect(codes(draft)).toEqual(['settings:slug slugPattern', 'settings:label.zh-CN labelRequired', 'settings:redirectUrl redirectUrl']);
    draft.redirectUrl = 'https://example.com/thanks?from=form';
    expect(codes(draft)).not.toContain('settings:redirectUrl redirectUrl');
  });
});
