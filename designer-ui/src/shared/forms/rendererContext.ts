/** What the renderer hands its templates and widgets through rjsf's `formContext`. */
export type RendererContext = {
  /** Fields the rules hide for the current values: not rendered. */
  hidden: Set<string>;
  /** When set, inputs carry `data-testid` = prefix + field slug (e.g. `record-field-name`). */
  testIdPrefix?: string;
};

const rootPrefix = /^root_/;

/** The field slug behind an rjsf id such as `root_closes_on` (top-level fields only, which is all forms have). */
export function fieldSlug(id: string): string {
  return id.replace(rootPrefix, '');
}

export function testIdOf(context: unknown, id: string): string | undefined {
  const prefix = (context as RendererContext | undefined)?.testIdPrefix;
  return prefix ? `${prefix}${fieldSlug(id)}` : undefined;
}
