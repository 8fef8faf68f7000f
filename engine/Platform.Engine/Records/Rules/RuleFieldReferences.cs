using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Rules;

/// <summary>Keeps rules bound to fields that are renamed or deleted (scripts name fields in their text: those are the author's to edit).</summary>
internal sealed class RuleFieldReferences(RuleStore store, RuleCatalog catalog) : IFieldDependents
{
    public async Task FieldRenamedAsync(WriteScope scope, string entity, string from, string to, CancellationToken ct)
    {
        await store.RenameFieldAsync(scope, entity, from, to, ct);
        scope.AfterCommit(catalog.Invalidate);
    }

    public async Task FieldDeletedAsync(WriteScope scope, string entity, string field, CancellationToken ct)
    {
        await store.UnbindFieldAsync(scope, entity, field, ct);
        scope.AfterCommit(catalog.Invalidate);
    }
}
