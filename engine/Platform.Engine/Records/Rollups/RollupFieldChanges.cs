using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Rollups;

/// <summary>Fills a rollup's column for every parent in the write that adds the rollup or changes what it computes.</summary>
internal sealed class RollupFieldChanges(EntityStore entities, RollupStore store) : IFieldDependents
{
    // Renames and deletions of the fields a rollup reads are handled where definitions are saved (RollupDefinitions).
    public Task FieldRenamedAsync(WriteScope scope, string entity, string from, string to, CancellationToken ct) => Task.CompletedTask;

    public Task FieldDeletedAsync(WriteScope scope, string entity, string field, CancellationToken ct) => Task.CompletedTask;

    public async Task FieldSavedAsync(WriteScope scope, string entity, FieldDefinition? before, FieldDefinition after, CancellationToken ct)
    {
        if (after.Type != FieldTypeNames.Rollup || (before is not null && Json.Serialize(before with { Slug = after.Slug, Label = after.Label, Help = after.Help }) == Json.Serialize(after)))
        {
            return;
        }
        var parent = await entities.FindAsync(scope, entity, ct);
        var child = after.Rollup!.Entity == entity ? parent : await entities.FindAsync(scope, after.Rollup.Entity!, ct);
        if (parent?.Field(after.Slug) is { } field && child is not null)
        {
            await store.RefreshAsync(scope, new RollupPath(parent, field, child), null, ct);
        }
    }
}
