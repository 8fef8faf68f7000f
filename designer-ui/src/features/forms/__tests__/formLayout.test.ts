import { describe, expect, it } from 'vitest';
import {
  addSection,
  fieldsOnForm,
  moveSection,
  nextSectionId,
  placeField,
  removeField,
  removeSection,
  sectionOf,
  updateSection,
} from '../formLayout';
import type { FormLayout } from '../types';

const layout: FormLayout = {
  sections: [
    { id: 'contact', title: { en: 'Contact' }, columns: 2, fields: ['name', 'phone', 'email'] },
    { id: 'needs', title: null, columns: 1, fields: ['status', 'budget'] },
  ],
};

const fieldsOf = (next: FormLayout) => next.sections.map((section) => `${section.id}:${section.fields.join(',')}`);

describe('placeField', () => {
  it('adds a palette field at the end of a section', () => {
    expect(fieldsOf(placeField(layout, 'notes', 'needs'))).toEqual(['contact:name,phone,email', 'needs:status,budget,notes']);
  });

  it('adds a palette field before the field it is dropped on', () => {
    expect(fieldsOf(placeField(layout, 'company', 'contact', 'phone'))).toEqual([
      'contact:name,company,phone,email',
      'needs:status,budget',
    ]);
  });

  it('moves a field forward and backward within its section', () => {
    expect(fieldsOf(placeField(layout, 'email', 'contact', 'name'))[0]).toBe('contact:email,name,phone');
    expect(fieldsOf(placeField(layout, 'name', 'contact', 'email'))[0]).toBe('contact:phone,name,email');
    expect(fieldsOf(placeField(layout, 'name', 'contact'))[0]).toBe('contact:phone,email,name');
  });

  it('moves a field between sections, leaving the first one', () => {
    expect(fieldsOf(placeField(layout, 'phone', 'needs', 'budget'))).toEqual(['contact:name,email', 'needs:status,phone,budget']);
    expect(fieldsOf(placeField(layout, 'budget', 'contact'))).toEqual(['contact:name,phone,email,budget', 'needs:status']);
  });

  it('keeps every field once however often it moves', () => {
    let next = layout;
    for (const [field, section, before] of [
      ['name', 'needs', 'status'],
      ['status', 'contact', undefined],
      ['name', 'contact', 'phone'],
      ['budget', 'needs', undefined],
    ] as const) {
      next = placeField(next, field, section, before);
    }
    expect(fieldsOnForm(next).sort()).toEqual(fieldsOnForm(layout).sort());
  });

  it('answers the same layout when nothing changes', () => {
    expect(placeField(layout, 'phone', 'contact', 'phone')).toBe(layout);
    expect(placeField(layout, 'email', 'contact')).toBe(layout);
    expect(placeField(layout, 'name', 'contact', 'phone')).toBe(layout);
    expect(placeField(layout, 'name', 'nowhere')).toBe(layout);
  });

  it('never changes the layout it was given', () => {
    const before = JSON.stringify(layout);
    placeField(layout, 'phone', 'needs');
    removeField(layout, 'name');
    expect(JSON.stringify(layout)).toBe(before);
  });
});

describe('removeField', () => {
  it('takes a field off the form', () => {
    const next = removeField(layout, 'phone');
    expect(fieldsOf(next)).toEqual(['contact:name,email', 'needs:status,budget']);
    expect(sectionOf(next, 'phone')).toBeUndefined();
  });

  it('answers the same layout for a field not on the form', () => {
    expect(removeField(layout, 'notes')).toBe(layout);
  });
});

describe('sections', () => {
  it('adds sections with fresh ids, at the end or at a position', () => {
    expect(nextSectionId(layout)).toBe('section_3');
    const added = addSection(layout);
    expect(added.sections.map((section) => section.id)).toEqual(['contact', 'needs', 'section_3']);
    expect(added.sections[2]).toEqual({ id: 'section_3', title: null, columns: 1, fields: [] });
    const first = addSection(added, { title: { en: 'Intro' } }, 0);
    expect(first.sections.map((section) => section.id)).toEqual(['section_4', 'contact', 'needs', 'section_3']);
  });

  it('skips ids that are taken', () => {
    const taken = { sections: [{ id: 'section_2', columns: 1, fields: [] }] };
    expect(nextSectionId(taken)).toBe('section_3');
  });

  it('removes a section and its fields go back to the palette', () => {
    const next = removeSection(layout, 'contact');
    expect(fieldsOf(next)).toEqual(['needs:status,budget']);
    expect(fieldsOnForm(next)).not.toContain('name');
  });

  it('reorders sections and clamps the target position', () => {
    const three = addSection(layout, { id: 'extra' });
    expect(moveSection(three, 'extra', 0).sections.map((s) => s.id)).toEqual(['extra', 'contact', 'needs']);
    expect(moveSection(three, 'contact', 1).sections.map((s) => s.id)).toEqual(['needs', 'contact', 'extra']);
    expect(moveSection(three, 'contact', 99).sections.map((s) => s.id)).toEqual(['needs', 'extra', 'contact']);
    expect(moveSection(three, 'contact', 0)).toBe(three);
    expect(moveSection(three, 'missing', 0)).toBe(three);
  });

  it('sets title and columns, keeping columns between 1 and 3', () => {
    const next = updateSection(layout, 'needs', { columns: 2, title: { 'zh-CN': '需求' } });
    expect(next.sections[1]).toMatchObject({ columns: 2, title: { 'zh-CN': '需求' }, fields: ['status', 'budget'] });
    expect(updateSection(layout, 'needs', { columns: 7 }).sections[1].columns).toBe(3);
    expect(updateSection(layout, 'needs', { columns: 0 }).sections[1].columns).toBe(1);
  });
});
