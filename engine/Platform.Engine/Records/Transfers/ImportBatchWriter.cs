using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Identity;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Transfers;

/// <summary>
/// Writes a batch of rows inside one write: each row is matched against live records on the match
/// fields, then created or updated through <see cref="RecordService"/>'s in-scope methods, so an imported
/// row gets exactly the checks, audit entry, search text and record event of any other write. Each row
/// runs in its own savepoint: a refused row leaves nothing behind and the batch goes on.
/// </summary>
internal sealed class ImportBatchWriter(RecordService records, MatchStore matches, EntityDefinition entity, ImportPlan plan, Actor actor, DryRunMemory? memory)
{
    private readonly FieldDefinition[] _matchOn = [.. plan.MatchOn.Select(slug => entity.Field(slug)!)];
    private readonly FieldDefinition[] _unique = [.. entity.Fields.Where(f => f.Unique)];

    public sealed record Outcome(ImportCounts Counts, IReadOnlyList<ImportFailure> Failures);

    public async Task<Outcome> WriteAsync(WriteScope scope, IReadOnlyList<PreparedRow> rows, CancellationToken ct)
    {
        var counts = new ImportCounts();
        var failures = new List<ImportFailure>();
        foreach (var row in rows)
        {
            var (done, errors) = row.Body is null ? (default, row.Errors) : await WriteRowAsync(scope, row, ct);
            counts += done;
            if (errors.Count > 0)
            {
                counts += new ImportCounts(0, 0, 0, 1);
                failures.Add(new ImportFailure(row.Number, [.. row.Cells.Select(CellText.Of)], errors));
            }
        }
        return new Outcome(counts, failures);
    }

    /// <summary>Writes one row: what it did (created, updated or skipped), or why it could not.</summary>
    private async Task<(ImportCounts Done, IReadOnlyList<ImportError> Errors)> WriteRowAsync(WriteScope scope, PreparedRow row, CancellationToken ct)
    {
        using var document = JsonDocument.Parse(row.Body);
        var body = document.RootElement;
        var key = MatchKey(body);
        if (key is not null && plan.OnDuplicate != DuplicateActions.Create)
        {
            var found = await matches.FindAsync(scope, entity, key, ct);
            var earlier = found.Count == 0 && memory?.HasKey(Describe(key)) == true;
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
                return earlier
                    ? Counted(new ImportCounts(0, 1, 0, 0), key, body)
                    : await SavedAsync(scope, row, new ImportCounts(0, 1, 0, 0), key, body,
                        () => records.UpdateInScopeAsync(scope, entity, found[0], body, null, actor, ct), ct);
            }
        }
        if (memory is not null && UniqueTakenEarlier(row, body) is { Count: > 0 } taken)
        {
            return (default, taken);
        }
        return await SavedAsync(scope, row, new ImportCounts(1, 0, 0, 0), key, body,
            () => records.CreateInScopeAsync(scope, entity, body, actor, ct), ct);
    }

    private async Task<(ImportCounts, IReadOnlyList<ImportError>)> SavedAsync(WriteScope scope, PreparedRow row, ImportCounts done,
        IReadOnlyList<KeyValuePair<string, object>>? key, JsonElement body, Func<Task<Result<Dictionary<string, object?>>>> write, CancellationToken ct)
    {
        await scope.Prepared("SAVEPOINT import_row").ExecuteNonQueryAsync(ct);
        var result = await write();
        if (!result.IsSuccess)
        {
            await scope.Prepared("ROLLBACK TO import_row").ExecuteNonQueryAsync(ct);
        }
        await scope.Prepared("RELEASE import_row").ExecuteNonQueryAsync(ct);
        return result.IsSuccess ? Counted(done, key, body) : (default, Errors(row.Number, result.Failure));
    }

    private (ImportCounts, IReadOnlyList<ImportError>) Counted(ImportCounts done, IReadOnlyList<KeyValuePair<string, object>>? key, JsonElement body)
    {
        memory?.Remember(key is null ? null : Describe(key), Uniques(body).Select(u => (u.Field.Slug, u.Value)));
        return (done, []);
    }

    /// <summary>The row's stored values of the match fields; null when one is empty or invalid (the row then matches nothing).</summary>
    private List<KeyValuePair<string, object>>? MatchKey(JsonElement body)
    {
        if (_matchOn.Length == 0)
        {
            return null;
        }
        var key = new List<KeyValuePair<string, object>>(_matchOn.Length);
        foreach (var field in _matchOn)
        {
            if (Stored(field, body) is not { } value)
            {
                return null;
            }
            key.Add(new(field.Slug, value));
        }
        return key;
    }

    private List<ImportError> UniqueTakenEarlier(PreparedRow row, JsonElement body) =>
        [.. Uniques(body).Where(u => memory!.HasUnique(u.Field.Slug, u.Value)).Select(u => new ImportError(row.Number, u.Field.Slug, Texts.Get("value.unique")))];

    private IEnumerable<(FieldDefinition Field, string Value)> Uniques(JsonElement body) =>
        _unique.Select(f => (Field: f, Value: Stored(f, body))).Where(u => u.Value is not null).Select(u => (u.Field, Json.Serialize(u.Value)));

    private static object? Stored(FieldDefinition field, JsonElement body) =>
        body.TryGetProperty(field.Slug, out var value) && FieldTypes.Of(field).Parse(value, field, lenient: false) is { Ok: true, Stored: { } stored }
            ? stored
            : null;

    private static string Describe(IReadOnlyList<KeyValuePair<string, object>> key) => Json.Serialize(key.Select(k => k.Value));

    private static IReadOnlyList<ImportError> Errors(int row, Failure failure) => failure switch
    {
        ValidationFailure invalid => [.. invalid.Errors.SelectMany(e => e.Value.Select(m => new ImportError(row, e.Key, m)))],
        _ => [new ImportError(row, null, failure.Detail)],
    };
}
