import type { RenderedForm } from '../../shared/forms';
import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';

/**
 * The record form with each stage field's choices named by their stage labels, when the form gives them
 * none (a select field's form names its options; a stage field's lists bare values).
 */
export function withStageLabels<T extends RenderedForm>(form: T, pipelines: FieldDefinition[], language: string): T {
  let uiSchema = form.uiSchema;
  for (const field of pipelines) {
    const property = form.schema.properties?.[field.slug];
    const ui = (uiSchema[field.slug] ?? {}) as Record<string, unknown>;
    if (!property || typeof property !== 'object' || !Array.isArray(property.enum) || ui['ui:enumNames']) continue;
    const names = property.enum.map((value) => {
      const stage = field.stages?.find((candidate) => candidate.value === value);
      return stage ? localize(stage.label, language) || stage.value : String(value);
    });
    uiSchema = { ...uiSchema, [field.slug]: { ...ui, 'ui:enumNames': names } };
  }
  return uiSchema === form.uiSchema ? form : { ...form, uiSchema };
}
