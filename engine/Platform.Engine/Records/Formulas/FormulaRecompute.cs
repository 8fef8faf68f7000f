using Microsoft.Extensions.Logging;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Identity;
using Platform.Engine.Records.Rules;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Formulas;

/// <summary>
/// Runs one recomputation: every formula of each record, a batch per write with the checkpoint in the same
/// transaction, so a crash resumes where the last batch committed and no record is computed twice from
/// different formulas. A record whose formula fails gets an empty value and is counted, not fatal.
/// </summary>
public sealed class FormulaRecompute(Database database, FormulaJobStore store, EntityCatalog catalog, RecordScripts scripts, TimeProvider clock,
    ILogger<FormulaRecompute> logger)
{
    public const int BatchSize = 500;

    public async Task RunAsync(string id, CancellationToken ct)
    {
        var finished = false;
        while (!finished)
        {
            var batch = await database.WriteAsync<bool>(scope => BatchAsync(scope, id, ct), ct);
            finished = !batch.IsSuccess || batch.Value;
        }
    }

    /// <summary>One batch; true when the job has nothing left to do.</summary>
    private async Task<Result<bool>> BatchAsync(WriteScope scope, string id, CancellationToken ct)
    {
        if (await store.FindAsync(scope, id, ct) is not { Status: FormulaJobStatuses.Queued or FormulaJobStatuses.Running } job)
        {
            return true;
        }
        var entity = await catalog.FindAsync(job.Entity, ct);
        if (entity?.Field(job.Field) is not { Type: FieldTypeNames.Formula })
        {
            await store.FinishAsync(scope, id, FormulaJobStatuses.Cancelled, null, clock.GetUtcNow(), ct);
            return true;
        }
        if (job.Status == FormulaJobStatuses.Queued)
        {
            await store.StartAsync(scope, id, await store.CountRowsAsync(scope, entity, ct), ct);
        }
        var rows = await store.RowsAfterAsync(scope, entity, job.LastId, BatchSize, ct);
        if (rows.Count == 0)
        {
            await store.FinishAsync(scope, id, FormulaJobStatuses.Completed, null, clock.GetUtcNow(), ct);
            logger.LogInformation("Recomputed {Entity}.{Field}: {Processed} records, {Failed} failed", job.Entity, job.Field, job.Processed, job.Failed);
            return true;
        }
        var formulas = entity.Fields.Where(f => f.Type == FieldTypeNames.Formula).ToList();
        var plan = await scripts.ContextAsync(entity, RuleSet.Empty, formulas, Actor.System, ct);
        var related = scripts.Related(plan, scope.Connection, scope.Transaction, ct);
        var (failed, message) = (0, (string?)null);
        foreach (var row in rows)
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            var failure = scripts.ComputeFormulas(plan, values, row, null, null, related, ct);
            if (failure is not null)
            {
                failed++;
                message ??= $"#{row["id"]}: {failure.Detail}";
                values = new Dictionary<string, object?>(StringComparer.Ordinal) { [job.Field] = null };
            }
            foreach (var (slug, value) in values.Where(v => !Equals(Stored(row[v.Key]), Stored(v.Value))))
            {
                await store.SetValueAsync(scope, entity, slug, (long)row["id"]!, value, ct);
            }
        }
        await store.ProgressAsync(scope, id, rows.Count, failed, (long)rows[^1]["id"]!, message, ct);
        return false;
    }

    private static object? Stored(object? value) => value switch
    {
        int i => (long)i,
        float f => (double)f,
        _ => value,
    };
}
