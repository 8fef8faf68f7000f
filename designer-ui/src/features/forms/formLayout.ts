import type { FormLayout, FormSection } from './types';

// Pure operations on a form's layout. Each answers a new layout (the old one is never changed), so the
// designer can keep the saved copy to compare with and React sees every change.

export const maxColumns = 3;

/** Every field slug on the form, in reading order. */
export function fieldsOnForm(layout: FormLayout): string[] {
  return layout.sections.flatMap((section) => section.fields);
}

/** The section holding a field, if any. */
export function sectionOf(layout: FormLayout, field: string): FormSection | undefined {
  return layout.sections.find((section) => section.fields.includes(field));
}

/** `section_1`, `section_2`… the first id no section of the layout has. */
export function nextSectionId(layout: FormLayout): string {
  const taken = new Set(layout.sections.map((section) => section.id));
  for (let n = layout.sections.length + 1; ; n++) {
    const candidate = `section_${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Appends an empty one-column section (or inserts it at `index`). */
export function addSection(layout: FormLayout, section: Partial<FormSection> = {}, index?: number): FormLayout {
  const added: FormSection = { id: section.id ?? nextSectionId(layout), title: section.title ?? null, columns: 1, fields: [] };
  if (section.columns) added.columns = clampColumns(section.columns);
  const sections = [...layout.sections];
  sections.splice(index ?? sections.length, 0, added);
  return { sections };
}

/** Drops a section; its fields leave the form (back to the palette). */
export function removeSection(layout: FormLayout, id: string): FormLayout {
  return { sections: layout.sections.filter((section) => section.id !== id) };
}

/** Moves a section to position `to` (clamped to the list). */
export function moveSection(layout: FormLayout, id: string, to: number): FormLayout {
  const from = layout.sections.findIndex((section) => section.id === id);
  if (from < 0) return layout;
  const target = Math.max(0, Math.min(to, layout.sections.length - 1));
  if (target === from) return layout;
  const sections = [...layout.sections];
  const [moved] = sections.splice(from, 1);
  sections.splice(target, 0, moved);
  return { sections };
}

export function updateSection(layout: FormLayout, id: string, patch: Partial<Omit<FormSection, 'fields'>>): FormLayout {
  return {
    sections: layout.sections.map((section) => {
      if (section.id !== id) return section;
      const next = { ...section, ...patch };
      next.columns = clampColumns(next.columns);
      return next;
    }),
  };
}

export function clampColumns(columns: number): number {
  if (!Number.isFinite(columns)) return 1;
  return Math.max(1, Math.min(maxColumns, Math.round(columns)));
}

/**
 * Puts a field into a section before `before` (a field slug in that section), or at the end. The field
 * leaves wherever it was first, so this both adds a palette field and moves a placed one, within a section
 * or between sections. Dropping a field before itself changes nothing.
 */
export function placeField(layout: FormLayout, field: string, sectionId: string, before?: string): FormLayout {
  if (!layout.sections.some((section) => section.id === sectionId)) return layout;
  if (before === field) return layout;
  const sections = layout.sections.map((section) => ({
    ...section,
    fields: section.fields.filter((slug) => slug !== field),
  }));
  const target = sections.find((section) => section.id === sectionId) as FormSection;
  const at = before === undefined ? -1 : target.fields.indexOf(before);
  if (at < 0) target.fields.push(field);
  else target.fields.splice(at, 0, field);
  const next = { sections };
  return sameLayout(layout, next) ? layout : next;
}

/** Takes a field off the form (it goes back to the palette). */
export function removeField(layout: FormLayout, field: string): FormLayout {
  if (!sectionOf(layout, field)) return layout;
  return {
    sections: layout.sections.map((section) => ({
      ...section,
      fields: section.fields.filter((slug) => slug !== field),
    })),
  };
}

function sameLayout(a: FormLayout, b: FormLayout): boolean {
  return JSON.stringify(a.sections) === JSON.stringify(b.sections);
}
