import { describe, expect, it } from 'vitest';
import { newKey, toDraft, toRequestBody } from '../formDraft';
import { contactUs, leadFields } from './fixtures';

describe('toDraft and toRequestBody', () => {
  it('round-trip the definition of docs/forms.md unchanged', () => {
    const definition = contactUs();
    const body = toRequestBody(toDraft(definition), leadFields);
    const { version, entity, ...sent } = definition;
    expect(version).toBe(3);
    expect(entity).toBe('lead');
    expect(body).toEqual(sent);
  });

  it('turns the rules into builder rows and back into the same conditions', () => {
    const draft = toDraft(contactUs());
    expect(draft.rules.map((rule) => rule.condition)).toEqual([
      { field: 'status', op: 'is', value: 'lost' },
      { field: 'grade', op: 'is', value: 'A' },
    ]);
    expect(draft.rules.every((rule) => rule.raw === undefined)).toBe(true);
  });

  it('keeps a condition the builder cannot show verbatim', () => {
    const when = { anyOf: [{ properties: { budget: { minimum: 1000 } }, required: ['budget'] }, { required: ['tags'] }] };
    const definition = { ...contactUs(), rules: [{ when, effect: 'hide' as const, field: 'notes' }] };
    const draft = toDraft(definition);
    expect(draft.rules[0].raw).toEqual(when);
    expect(toRequestBody(draft, leadFields).rules).toEqual([{ when, effect: 'hide', field: 'notes' }]);
  });

  it('leaves out rules and hidden fields that are not finished yet', () => {
    const draft = toDraft(contactUs());
    draft.rules.push({ key: newKey('rule'), effect: 'show', condition: { field: 'status', op: 'is' }, field: 'notes' });
    draft.rules.push({ key: newKey('rule'), effect: 'hide', condition: { field: 'status', op: 'isEmpty' } });
    draft.hiddenFields.push({ key: newKey('hidden'), field: 'grade', param: ' ', map: [], default: '' });
    const body = toRequestBody(draft, leadFields);
    expect(body.rules).toHaveLength(2);
    expect(body.hiddenFields).toHaveLength(1);
  });

  it('writes a finished builder rule with the condition of the docs table', () => {
    const draft = toDraft(contactUs());
    draft.rules = [
      { key: 'a', effect: 'hide', field: 'notes', condition: { field: 'status', op: 'isEmpty' } },
      { key: 'b', effect: 'show', field: 'competitor', condition: { field: 'tags', op: 'includes', value: 'vip' } },
    ];
    expect(toRequestBody(draft, leadFields).rules).toEqual([
      { when: { not: { required: ['status'] } }, effect: 'hide', field: 'notes' },
      {
        when: { properties: { tags: { not: { items: { not: { enum: ['vip'] } } } } }, required: ['tags'] },
        effect: 'show',
        field: 'competitor',
      },
    ]);
  });

  it('sends only the overrides a field type understands, without empty members', () => {
    const draft = toDraft(contactUs());
    draft.fields.status = { ...draft.fields.status, minimum: 3, pattern: 'x', label: { 'zh-CN': ' ', en: '' }, required: false };
    draft.fields.budget = { minimum: null, maximum: 10, maxLength: 5, placeholder: { en: ' 0 ' } };
    draft.fields.competitor = { help: { 'zh-CN': '' } };
    const body = toRequestBody(draft, leadFields);
    expect(body.fields?.status).toEqual({ widget: 'radio', optionLabels: { lost: { 'zh-CN': '已流失', en: 'Lost' } } });
    expect(body.fields?.budget).toEqual({ maximum: 10, placeholder: { en: '0' } });
    expect(body.fields).not.toHaveProperty('competitor');
  });

  it('drops overrides of fields taken off the form and labels of options the field no longer has', () => {
    const draft = toDraft(contactUs());
    draft.layout.sections[0].fields = ['name'];
    draft.fields.status = { optionLabels: { gone: { en: 'Gone' }, lost: { en: 'Lost' } } };
    const body = toRequestBody(draft, leadFields);
    expect(body.fields).not.toHaveProperty('phone');
    expect(body.fields?.status).toEqual({ optionLabels: { lost: { en: 'Lost' } } });
  });

  it('sends the thank-you message or the redirect, never both', () => {
    const draft = toDraft(contactUs());
    expect(draft.afterSubmit).toBe('message');
    draft.afterSubmit = 'redirect';
    draft.redirectUrl = ' https://example.com/thanks ';
    expect(toRequestBody(draft, leadFields).submission).toEqual({
      ownerId: 2,
      thankYou: null,
      redirectUrl: 'https://example.com/thanks',
    });
    expect(toDraft({ ...contactUs(), submission: { redirectUrl: 'https://example.com' } }).afterSubmit).toBe('redirect');
  });

  it('turns the hidden-field mapping into an object, skipping blank rows', () => {
    const draft = toDraft(contactUs());
    draft.hiddenFields[0].map.push({ from: ' wechat ', to: 'social' }, { from: '', to: 'x' });
    draft.hiddenFields[0].default = '';
    expect(toRequestBody(draft, leadFields).hiddenFields).toEqual([
      { field: 'source', param: 'utm_source', map: { baidu: 'sem', wechat: 'social' } },
    ]);
  });
});
