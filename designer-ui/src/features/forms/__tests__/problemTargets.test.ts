import { describe, expect, it } from 'vitest';
import { toDraft } from '../formDraft';
import { problemTargets } from '../problemTargets';
import { contactUs, leadFields } from './fixtures';

const slugs = leadFields.map((field) => field.slug);

describe('problemTargets', () => {
  it('places the server errors at the section, field property, rule and setting they name', () => {
    const draft = toDraft(contactUs());
    const messages = problemTargets(
      {
        'layout.sections[1].columns': ['Choose 1 to 3 columns.'],
        'fields.budget.minimum': ['Too small.'],
        'rules[1].field': ['Not on the form.'],
        'hiddenFields[0].param': ['Bad parameter.'],
        'submission.redirectUrl': ['Not a web address.'],
        'label.zh-CN': ['Required.'],
        slug: ['Taken.'],
      },
      draft,
      slugs,
    );
    expect(messages).toEqual({
      'section:needs': ['Choose 1 to 3 columns.'],
      'field:budget.minimum': ['Too small.'],
      [`rule:${draft.rules[1].key}`]: ['Not on the form.'],
      'settings:hiddenFields.0.param': ['Bad parameter.'],
      'settings:redirectUrl': ['Not a web address.'],
      'settings:label.zh-CN': ['Required.'],
      'settings:slug': ['Taken.'],
    });
  });

  it('maps rule indexes of the sent body back past rows that were not sent', () => {
    const draft = toDraft(contactUs());
    draft.rules.unshift({ key: 'unfinished', effect: 'show', condition: {} });
    const messages = problemTargets({ 'rules[0].when': ['Bad condition.'] }, draft, slugs);
    expect(messages).toEqual({ [`rule:${draft.rules[1].key}`]: ['Bad condition.'] });
  });

  it('maps hidden-field indexes of the sent body back to the rows on screen', () => {
    const draft = toDraft(contactUs());
    draft.hiddenFields.unshift({ key: 'blank', param: '', map: [], default: '' });
    const messages = problemTargets({ 'hiddenFields[0].map': ['Not an option.'] }, draft, slugs);
    expect(messages).toEqual({ 'settings:hiddenFields.1.map': ['Not an option.'] });
  });

  it('accepts PascalCase and $-prefixed keys', () => {
    const messages = problemTargets({ '$.Fields.name.MinLength': ['Too long.'], 'Layout.Sections[0].Id': ['Bad id.'] }, toDraft(contactUs()), slugs);
    expect(messages).toEqual({ 'field:name.minLength': ['Too long.'], 'section:contact': ['Bad id.'] });
  });

  it('puts layout-wide errors on the canvas and unknown keys above the designer', () => {
    const messages = problemTargets(
      { layout: ['Name is required by the entity but not on the form.'], name: ['Required.'], mystery: ['?'] },
      toDraft(contactUs()),
      slugs,
    );
    expect(messages).toEqual({
      'section:*': ['Name is required by the entity but not on the form.'],
      'field:name': ['Required.'],
      other: ['?'],
    });
  });
});
