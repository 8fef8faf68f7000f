/** What the renderer hands its templates and widgets through rjsf's `formContext`. */
export type RendererContext = {
  /** Fields the rules hide for the current values: not rendered. */
  hidden: Set<string>;
  /** Fields the rules make required for the current values: they carry the required mark. */
  required: Set<string>;
  /** When set, inputs carry `data-testid` = prefix + field slug (e.g. `record-field-name`). */
  testIdPrefix?: string;
};

const rootPrefix = /^root_/;

/** The field slug behind an rjsf id such as `root_closes_on` (top-level fields only, which is all forms have). */
export function fieldSlug(id: string): string {
  return id.replace(rootPrefix, '');
}

/** Whether the rules make the field behind an rjsf id required now. */
export function isRequired(context: unknown, id: string): boolean {
  return (context as RendererContext | undefined)?.required.has(fieldSlug(id)) ?? false;
}

export function testIdOf(context: unknown, id: string): string | undefined {
  const prefix = (context as RendererContext | undefined)?.testIdPrefix;
  return prefix ? `${prefix}${fieldSlug(id)}` : undefined;
}
