using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Formulas;

/// <summary>Queues a recomputation when a formula field is added or its formula, result type or precision changes.</summary>
internal sealed class FormulaFieldChanges(FormulaJobs jobs, FormulaJobStore store, TimeProvider clock) : IFieldDependents
{
    public Task FieldRenamedAsync(WriteScope scope, string entity, string from, string to, CancellationToken ct) =>
        store.RenameFieldAsync(scope, entity, from, to, ct);

    public Task FieldDeletedAsync(WriteScope scope, string entity, string field, CancellationToken ct) =>
        store.CancelAsync(scope, entity, field, clock.GetUtcNow(), ct);

    public async Task FieldSavedAsync(WriteScope scope, string entity, FieldDefinition? before, FieldDefinition after, CancellationToken ct)
    {
        var recompute = after.Type == FieldTypeNames.Formula
            && (before is null || before.Type != after.Type || before.Formula != after.Formula || before.ResultType != after.ResultType || before.Precision != after.Precision);
        if (recompute)
        {
            await jobs.EnqueueAsync(scope, entity, after.Slug, ct);
        }
    }
}
