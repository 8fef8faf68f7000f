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

    /// <summary>
    /// Marks a record for (re)indexing. The text is written once per transaction, for every record the
    /// transaction touched, just before it commits: one statement instead of one per record, and a record
    /// whose write was rolled back has no row left to index.
    /// </summary>
    public Task IndexAsync(WriteScope scope, EntityDefinition entity, long id, bool replace, CancellationToken ct)
    {
        var pending = scope.BeforeCommit("search:" + entity.Slug, () => new PendingIndex(entity), p => FlushAsync(scope, p));
        pending.Ids.Add(id);
        if (replace)
        {
            pending.Replaced.Add(id);
        }
        return Task.CompletedTask;
    }

    private static async Task FlushAsync(WriteScope scope, PendingIndex pending)
    {
        var search = Table(pending.Entity.Slug).Quoted;
        foreach (var chunk in pending.Replaced.Chunk(500))
        {
            await scope.Connection.ExecuteAsync(new CommandDefinition(
                $"DELETE FROM {search} WHERE rowid IN @chunk", new { chunk }, scope.Transaction));
        }
        foreach (var chunk in pending.Ids.Chunk(500))
        {
            await scope.Connection.ExecuteAsync(new CommandDefinition(
                $"INSERT INTO {search} (rowid, body) SELECT id, {Body(pending.Entity)} FROM {SchemaStore.Table(pending.Entity.Slug).Quoted} WHERE id IN @chunk",
                new { chunk }, scope.Transaction));
        }
    }

    private sealed record PendingIndex(EntityDefinition Entity)
    {
        public HashSet<long> Ids { get; } = [];

        public HashSet<long> Replaced { get; } = [];
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
