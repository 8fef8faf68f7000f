using System.Data.Common;
using Dapper;
using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Transfers;

/// <summary>Finds live records by field values: rows an import matches on, and records named in relation cells.</summary>
public sealed class MatchStore
{
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
