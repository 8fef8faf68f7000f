using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Pipelines;

/// <summary>
/// Keeps a pipeline's stage ledger and board ranks attached to its field: a rename carries them over, a deleted
/// field takes them along, so a new field of the same name starts without another's history.
/// </summary>
internal sealed class PipelineFieldChanges(StageLedgerStore ledger, BoardRankStore ranks) : IFieldDependents
{
    public async Task FieldRenamedAsync(WriteScope scope, string entity, string from, string to, CancellationToken ct)
    {
        await ledger.RenameFieldAsync(scope, entity, from, to, ct);
        await ranks.RenameFieldAsync(scope, entity, from, to, ct);
    }

    public async Task FieldDeletedAsync(WriteScope scope, string entity, string field, CancellationToken ct)
    {
        await ledger.DeleteFieldAsync(scope, entity, field, ct);
        await ranks.DeleteFieldAsync(scope, entity, field, ct);
    }
}
