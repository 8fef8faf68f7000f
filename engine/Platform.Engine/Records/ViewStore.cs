using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Records;

/// <summary>The <c>sys_views</c> table; each view's definition is a JSON document.</summary>
public sealed class ViewStore(Database database)
{
    public Task<IReadOnlyList<SavedView>> ListAsync(string entity, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<SavedView>>(async c =>
            [.. (await c.QueryAsync<string>(new CommandDefinition(
                "SELECT definition FROM sys_views WHERE entity = @entity ORDER BY created_at, id", new { entity }, cancellationToken: ct)))
                .Select(json => Read(json, entity))], ct);

    public async Task<IReadOnlyList<SavedView>> ListAsync(WriteScope scope, string entity, CancellationToken ct) =>
        [.. (await scope.Connection.QueryAsync<string>(new CommandDefinition(
            "SELECT definition FROM sys_views WHERE entity = @entity ORDER BY created_at, id", new { entity }, scope.Transaction, cancellationToken: ct)))
            .Select(json => Read(json, entity))];

    public async Task<SavedView?> FindAsync(WriteScope scope, string entity, string id, CancellationToken ct)
    {
        var json = await scope.Connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT definition FROM sys_views WHERE entity = @entity AND id = @id", new { entity, id }, scope.Transaction, cancellationToken: ct));
        return json is null ? null : Read(json, entity);
    }

    // The entity column is authoritative: an entity rename moves views by updating it.
    private static SavedView Read(string json, string entity) => Json.Deserialize<SavedView>(json) with { Entity = entity };

    public Task SaveAsync(WriteScope scope, SavedView view, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO sys_views (id, entity, name, definition, created_by, created_at, updated_at)
            VALUES (@Id, @Entity, @Name, @Definition, @CreatedBy, @CreatedAt, @UpdatedAt)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, definition = excluded.definition, updated_at = excluded.updated_at
            """,
            new
            {
                view.Id, view.Entity, view.Name, Definition = Json.Serialize(view), view.CreatedBy,
                CreatedAt = Timestamps.Format(view.CreatedAt), UpdatedAt = Timestamps.Format(view.UpdatedAt),
            }, scope.Transaction, cancellationToken: ct));

    public async Task<bool> DeleteAsync(WriteScope scope, string entity, string id, CancellationToken ct) =>
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM sys_views WHERE entity = @entity AND id = @id", new { entity, id }, scope.Transaction, cancellationToken: ct)) > 0;
}
