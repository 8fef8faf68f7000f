using Dapper;
using Platform.Engine.Storage;

namespace Platform.Engine.Entities;

/// <summary>
/// The full-text index of an entity: one row per record (rowid = record id) holding its searchable text.
/// The text is computed by SQL from the record's own columns, so writes and rebuilds agree exactly.
/// </summary>
public sealed class SearchIndexStore
{
    public static SqlIdentifier Table(string entity) => SqlIdentifier.Derived("fts_" + entity);

    public async Task IndexAsync(WriteScope scope, EntityDefinition entity, long id, bool replace, CancellationToken ct)
    {
        var search = Table(entity.Slug).Quoted;
        if (replace)
        {
            await scope.Prepared($"DELETE FROM {search} WHERE rowid = @id").With("id", id).ExecuteNonQueryAsync(ct);
        }
        await scope.Prepared($"INSERT INTO {search} (rowid, body) SELECT id, {Body(entity)} FROM {SchemaStore.Table(entity.Slug).Quoted} WHERE id = @id")
            .With("id", id).ExecuteNonQueryAsync(ct);
    }

    /// <summary>Indexes a run of new records at once (bulk create).</summary>
    public Task IndexRangeAsync(WriteScope scope, EntityDefinition entity, long fromId, long toId, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO {Table(entity.Slug).Quoted} (rowid, body) SELECT id, {Body(entity)} FROM {SchemaStore.Table(entity.Slug).Quoted} WHERE id BETWEEN @fromId AND @toId",
            new { fromId, toId }, scope.Transaction, cancellationToken: ct));

    public async Task RebuildAsync(WriteScope scope, EntityDefinition entity, CancellationToken ct)
    {
        var search = Table(entity.Slug).Quoted;
        await scope.Connection.ExecuteAsync(new CommandDefinition($"DELETE FROM {search}", transaction: scope.Transaction, cancellationToken: ct));
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO {search} (rowid, body) SELECT id, {Body(entity)} FROM {SchemaStore.Table(entity.Slug).Quoted}",
            transaction: scope.Transaction, cancellationToken: ct));
    }

    public static bool IsSearchable(FieldDefinition field) => FieldTypes.Of(field).Searchable;

    private static string Body(EntityDefinition entity)
    {
        var parts = entity.Fields.Where(IsSearchable).Select(f => $"coalesce({SchemaStore.Column(f.Slug).Quoted}, '')").ToList();
        return parts.Count == 0 ? "''" : string.Join(" || ' ' || ", parts);
    }
}
