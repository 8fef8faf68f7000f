import type { EntityDefinition, FieldDefinition } from '../../shared/schema';

/** A list of child records on a record's page: the entity and its relation field pointing at the record. */
export type RelatedLink = { entity: EntityDefinition; via: FieldDefinition };

/** Every relation field of any entity that points at `target`, in the order the entities and fields come. */
export function relatedLinks(entities: EntityDefinition[], target: string): RelatedLink[] {
  return entities.flatMap((entity) =>
    entity.fields
      .filter((field) => field.type === 'relation' && field.relation?.entity === target)
      .map((via) => ({ entity, via })),
  );
}

/**
 * The columns of a related list: the child's display field first, then the next few fields a row can show
 * (long texts left out, and the link back, which is the same on every row).
 */
export function relatedColumns(link: RelatedLink, count = 4): FieldDefinition[] {
  const { entity, via } = link;
  const display = entity.fields.find((field) => field.slug === entity.displayField);
  const rest = entity.fields.filter((field) => field !== display && field.slug !== via.slug && field.type !== 'longtext');
  return [...(display ? [display] : []), ...rest].slice(0, count);
}
