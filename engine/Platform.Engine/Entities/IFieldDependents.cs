using Platform.Engine.Storage;

namespace Platform.Engine.Entities;

/// <summary>
/// Definitions outside this folder that name fields by slug (saved views now; forms and pipelines
/// later). They are told of renames and deletions inside the same transaction, so nothing is left
/// pointing at a field that no longer exists.
/// </summary>
public interface IFieldDependents
{
    Task FieldRenamedAsync(WriteScope scope, string entity, string from, string to, CancellationToken ct);

    Task FieldDeletedAsync(WriteScope scope, string entity, string field, CancellationToken ct);

    /// <summary>A field was added (<paramref name="before"/> is null) or changed; renames are told first.</summary>
    Task FieldSavedAsync(WriteScope scope, string entity, FieldDefinition? before, FieldDefinition after, CancellationToken ct) => Task.CompletedTask;
}
