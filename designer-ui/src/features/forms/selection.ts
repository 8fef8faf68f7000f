/** What the property panel shows: a field on the form or a section. */
export type Selection = { kind: 'field'; slug: string } | { kind: 'section'; id: string };
