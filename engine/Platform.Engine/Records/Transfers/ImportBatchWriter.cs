using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Identity;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Transfers;

/// <summary>
/// Writes a batch of rows inside one write. Each row is matched against live records on the match fields,
/// then created through <see cref="CreateBatches"/> or updated through
/// <see cref="RecordService.UpdateInScopeAsync"/>, so an imported row gets the checks, audit entry, search
/// text and record event of any other write. New records wait and are written together; an update (rare)
/// first writes the waiting ones, so that it is checked against them, and runs in its own savepoint, so
/// that a refused update leaves nothing behind.
/// </summary>
internal sealed class ImportBatchWriter(RecordService records, CreateBatches creates, ImportRecordStore matches, EntityDefinition entity, ImportPlan plan,
    Actor actor, TimeProvider clock, DryRunMemory? memory)
{
    private readonly FieldDefinition[] _unique = [.. entity.Fields.Where(f => f.Unique)];

    public sealed record Outcome(ImportCounts Counts, IReadOnlyList<ImportFailure> Failures);

    public async Task<Outcome> WriteAsync(WriteScope scope, IReadOnlyList<PreparedRow> rows, CancellationToken ct)
    {
        var counts = new ImportCounts();
        var failures = new List<ImportFailure>();
        var waiting = creates.Begin(entity, actor, clock.GetUtcNow());
        foreach (var row in rows)
        {
            var (done, errors) = row.Input is null ? (default, row.Errors) : await WriteRowAsync(scope, waiting, row, ct);
            counts += done;
            if (errors.Count > 0)
            {
                counts += new ImportCounts(0, 0, 0, 1);
                failures.Add(new ImportFailure(row.Number, [.. row.Cells.Select(CellText.Of)], errors));
            }
        }
        if (memory is null)
        {
            // A dry run's outcome is decided by the checks, all made by now; writing the rows it will undo
            // would only cost time. (An update still writes the rows before it, to be checked against them.)
            await waiting.FlushAsync(scope, ct);
        }
        return new Outcome(counts, failures);
    }

    /// <summary>Writes one row: what it did (created, updated or skipped), or why it could not.</summary>
    private async Task<(ImportCounts Done, IReadOnlyList<ImportError> Errors)> WriteRowAsync(WriteScope scope, CreateBatch waiting, PreparedRow row,
        CancellationToken ct)
    {
        if (row.Key is { } key && plan.OnDuplicate != DuplicateActions.Create)
        {
            if (waiting.HasKey(key.Text))
            {
                if (plan.OnDuplicate == DuplicateActions.Skip)
                {
                    return (new ImportCounts(0, 0, 1, 0), []);
                }
                await waiting.FlushAsync(scope, ct);
            }
            var found = await matches.FindAsync(scope, entity, key.Values, ct);
            var earlier = found.Count == 0 && memory?.HasKey(key.Text) == true;
            if (found.Count > 0 || earlier)
            {
                if (plan.OnDuplicate == DuplicateActions.Skip)
                {
                    return (new ImportCounts(0, 0, 1, 0), []);
                }
                if (found.Count > 1)
                {
                    return (default, [new ImportError(row.Number, null, Texts.Get("import.ambiguousMatch", found.Count))]);
                }
                // A dry run cannot update a record only an earlier batch of itself would have created.
                return earlier ? Counted(new ImportCounts(0, 1, 0, 0), row) : await UpdateAsync(scope, waiting, row, found[0], ct);
            }
        }
        if (memory is not null && UniqueTakenEarlier(row) is { Count: > 0 } taken)
        {
            return (default, taken);
        }
        var refused = await waiting.AddAsync(scope, row.Input!, row.Key?.Text, ct);
        return refused.Any ? (default, Errors(row.Number, refused.ToFailure())) : Counted(new ImportCounts(1, 0, 0, 0), row);
    }

    private async Task<(ImportCounts, IReadOnlyList<ImportError>)> UpdateAsync(WriteScope scope, CreateBatch waiting, PreparedRow row, long id, CancellationToken ct)
    {
        await waiting.FlushAsync(scope, ct);
        using var document = JsonDocument.Parse(row.Body);
        await scope.Prepared("SAVEPOINT import_row").ExecuteNonQueryAsync(ct);
        var result = await records.UpdateInScopeAsync(scope, entity, id, document.RootElement, null, actor, ct, Pipelines.StageSources.Import);
        if (!result.IsSuccess)
        {
            await scope.Prepared("ROLLBACK TO import_row").ExecuteNonQueryAsync(ct);
        }
        await scope.Prepared("RELEASE import_row").ExecuteNonQueryAsync(ct);
        return result.IsSuccess ? Counted(new ImportCounts(0, 1, 0, 0), row) : (default, Errors(row.Number, result.Failure));
    }

    private (ImportCounts, IReadOnlyList<ImportError>) Counted(ImportCounts done, PreparedRow row)
    {
        memory?.Remember(row.Key?.Text, Uniques(row));
        return (done, []);
    }

    private List<ImportError> UniqueTakenEarlier(PreparedRow row) =>
        [.. Uniques(row).Where(u => memory!.HasUnique(u.Field, u.Value)).Select(u => new ImportError(row.Number, u.Field, Texts.Get("value.unique")))];

    /// <summary>The row's values of unique fields, as text; only a dry run needs them.</summary>
    private List<(string Field, string Value)> Uniques(PreparedRow row)
    {
        if (_unique.Length == 0 || memory is null)
        {
            return [];
        }
        using var document = JsonDocument.Parse(row.Body);
        return [.. _unique.Select(f => (Field: f.Slug, Value: MatchKey.Stored(f, document.RootElement)))
            .Where(u => u.Value is not null).Select(u => (u.Field, Json.Serialize(u.Value)))];
    }

    private static IReadOnlyList<ImportError> Errors(int row, Failure failure) => failure switch
    {
        ValidationFailure invalid => [.. invalid.Errors.SelectMany(e => e.Value.Select(m => new ImportError(row, e.Key, m)))],
        _ => [new ImportError(row, null, failure.Detail)],
    };
}
