using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Records.Pipelines;

/// <summary>Finds a pipeline by its entity and stage field, or says which of the two does not exist.</summary>
internal static class PipelineLookup
{
    public static async Task<Result<(EntityDefinition Entity, FieldDefinition Field)>> FindPipelineAsync(this EntityCatalog entities, string entitySlug,
        string fieldSlug, CancellationToken ct)
    {
        if (await entities.FindAsync(entitySlug, ct) is not { } entity)
        {
            return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
        }
        if (entity.Field(fieldSlug) is not { Type: FieldTypeNames.Stage } field)
        {
            return new NotFoundFailure(Texts.Get("pipeline.notFound", fieldSlug));
        }
        return (entity, field);
    }
}
