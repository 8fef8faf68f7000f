import type { EntityDefinition, FieldDefinition } from '../../shared/schema';

export type RelatedSource = { entity: EntityDefinition; fields: FieldDefinition[] };

/** The entities whose records can link to a record of `target`: each with its relation fields pointing there. */
export function relatedSources(entities: EntityDefinition[], target: string): RelatedSource[] {
  return entities
    .map((entity) => ({
      entity,
      fields: entity.fields.filter((field) => field.type === 'relation' && field.relation?.entity === target),
    }))
    .filter((source) => source.fields.length > 0);
}
