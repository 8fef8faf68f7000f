using System.Data.Common;
using System.Collections.Concurrent;
using Dapper;
using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Transfers;

/// <summary>
/// SQL over entity tables for imports: finding live records by field values (the rows an import matches
/// on, the records named in relation cells) and inserting new rows.
/// </summary>
public sealed class ImportRecordStore
{
    /// <summary>
    /// Inserts a new record's row and returns its id. Unlike <see cref="RecordStore.InsertAsync"/> it does
    /// not read the row back (that read cost twice the insert): the caller knows every column already.
    /// Rows of an import mostly fill the same columns, so the statement text is built once per column set.
    /// </summary>
    public async Task<long> InsertAsync(WriteScope scope, EntityDefinition entity, IReadOnlyDictionary<string, object?> values,
        long? createdBy, long? ownerId, string at, CancellationToken ct)
    {
        var columns = string.Join(',', values.Keys);
        var sql = _inserts.GetOrAdd((entity.Slug, columns), key => InsertSql(key.Entity, values.Keys));
        // Parameter names carry their "@": the provider otherwise looks each name up twice on every execution.
        var command = scope.Prepared(sql).With("@at", at).With("@createdBy", createdBy).With("@ownerId", ownerId);
        var i = 0;
        foreach (var value in values.Values)
        {
            command.With(ValueNames[i++], value);
        }
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private readonly ConcurrentDictionary<(string Entity, string Columns), string> _inserts = new();

    private static readonly string[] ValueNames = [.. Enumerable.Range(0, 1000).Select(i => "@v" + i)];

    private static string InsertSql(string entity, IEnumerable<string> names)
    {
        var list = names.ToList();
        var columns = string.Concat(list.Select(n => ", " + SchemaStore.Column(n).Quoted));
        var placeholders = string.Concat(list.Select((_, i) => ", " + ValueNames[i]));
        return $"INSERT INTO {SchemaStore.Table(entity).Quoted} (created_at, updated_at, created_by, owner_id{columns}) VALUES (@at, @at, @createdBy, @ownerId{placeholders}) RETURNING id";
    }

    /// <summary>
    /// Up to two live records whose stored values equal <paramref name="key"/> on every field: two is
    /// enough to tell "one match" from "ambiguous". Runs inside the write, so it sees the rows an earlier
    /// line of the same batch created.
    /// </summary>
    public async Task<IReadOnlyList<long>> FindAsync(WriteScope scope, EntityDefinition entity, IReadOnlyList<KeyValuePair<string, object>> key, CancellationToken ct)
    {
        var terms = string.Concat(key.Select((k, i) => $" AND {SchemaStore.Column(k.Key).Quoted} = @k{i}"));
        var command = scope.Prepared($"SELECT id FROM {SchemaStore.Table(entity.Slug).Quoted} WHERE deleted_at IS NULL{terms} ORDER BY id LIMIT 2");
        for (var i = 0; i < key.Count; i++)
        {
            command.With("k" + i, key[i].Value);
        }
        var ids = new List<long>(2);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetInt64(0));
        }
        return ids;
    }

    /// <summary>Up to two live records of <paramref name="entity"/> whose <paramref name="field"/> holds exactly <paramref name="text"/>.</summary>
    public async Task<IReadOnlyList<long>> FindByTextAsync(DbConnection connection, EntityDefinition entity, string field, string text, CancellationToken ct) =>
        [.. await connection.QueryAsync<long>(new CommandDefinition(
            $"SELECT id FROM {SchemaStore.Table(entity.Slug).Quoted} WHERE deleted_at IS NULL AND {SchemaStore.Column(field).Quoted} = @text ORDER BY id LIMIT 2",
            new { text }, cancellationToken: ct))];
}
