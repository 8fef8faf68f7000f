using System.Text.Json.Nodes;
using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Workflows.Runtime;

/// <summary>The rows of <c>sys_workflow_triggers</c>: the triggers of each definition's published version.</summary>
public sealed class WorkflowTriggerStore
{
    public Task<IReadOnlyList<StoredTrigger>> ByNameAsync(WriteScope scope, string name, CancellationToken ct) =>
        QueryAsync(scope, "name = @Key", name, ct);

    public Task<IReadOnlyList<StoredTrigger>> ByHashAsync(WriteScope scope, string hash, CancellationToken ct) =>
        QueryAsync(scope, "hash = @Key", hash, ct);

    public Task<IReadOnlyList<StoredTrigger>> ByDefinitionAsync(WriteScope scope, string definitionId, CancellationToken ct) =>
        QueryAsync(scope, "definition_id = @Key", definitionId, ct);

    public async Task<StoredTrigger?> FindAsync(WriteScope scope, string id, CancellationToken ct) =>
        (await QueryAsync(scope, "id = @Key", id, ct)).FirstOrDefault();

    public Task DeleteDefinitionAsync(WriteScope scope, string definitionId, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM sys_workflow_triggers WHERE definition_id = @definitionId", new { definitionId }, scope.Transaction, cancellationToken: ct));

    public Task InsertAsync(WriteScope scope, StoredTrigger t, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO sys_workflow_triggers (id, definition_id, definition_version_id, version, activity_id, activity_type, name, hash, payload, published_at)
            VALUES (@Id, @DefinitionId, @DefinitionVersionId, @Version, @ActivityId, @ActivityType, @Name, @Hash, @Payload, @PublishedAt)
            """,
            new
            {
                t.Id, t.DefinitionId, t.DefinitionVersionId, t.Version, t.ActivityId, t.ActivityType, t.Name, t.Hash,
                Payload = t.Payload.ToJsonString(), PublishedAt = Timestamps.Format(t.PublishedAt),
            }, scope.Transaction, cancellationToken: ct));

    /// <summary>
    /// Every record write asks whether a trigger listens (by hash, and by name for date rules), so the four lookups
    /// stay prepared on the writer and their rows are read by position.
    /// </summary>
    private static async Task<IReadOnlyList<StoredTrigger>> QueryAsync(WriteScope scope, string where, string key, CancellationToken ct)
    {
        await using var reader = await scope.Prepared($"""
            SELECT id, definition_id, definition_version_id, version, activity_id, activity_type, name, hash, payload, published_at
            FROM sys_workflow_triggers WHERE {where} ORDER BY definition_id, activity_id
            """).With("@Key", key).ExecuteReaderAsync(ct);
        var triggers = new List<StoredTrigger>();
        while (await reader.ReadAsync(ct))
        {
            triggers.Add(new StoredTrigger(reader.GetString(0), reader.GetString(1), reader.GetString(2), (int)reader.GetInt64(3), reader.GetString(4),
                reader.GetString(6), reader.GetString(7), (JsonObject)JsonNode.Parse(reader.GetString(8))!, Timestamps.Parse(reader.GetString(9)),
                reader.GetString(5)));
        }
        return triggers;
    }
}
