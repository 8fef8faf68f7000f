using System.Text.Json.Nodes;
using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Workflows.Runtime;

/// <summary>The rows of <c>sys_workflow_triggers</c>: the triggers of each definition's published version.</summary>
public sealed class WorkflowTriggerStore
{
    private const string Columns = """
        id AS Id, definition_id AS DefinitionId, definition_version_id AS DefinitionVersionId, version AS Version,
        activity_id AS ActivityId, activity_type AS ActivityType, name AS Name, hash AS Hash, payload AS Payload, published_at AS PublishedAt
        """;

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

    private static async Task<IReadOnlyList<StoredTrigger>> QueryAsync(WriteScope scope, string where, string key, CancellationToken ct) =>
        [.. (await scope.Connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM sys_workflow_triggers WHERE {where} ORDER BY definition_id, activity_id",
            new { Key = key }, scope.Transaction, cancellationToken: ct))).Select(r => r.ToTrigger())];

    private sealed record Row
    {
        public string Id { get; init; } = "";
        public string DefinitionId { get; init; } = "";
        public string DefinitionVersionId { get; init; } = "";
        public long Version { get; init; }
        public string ActivityId { get; init; } = "";
        public string ActivityType { get; init; } = "";
        public string Name { get; init; } = "";
        public string Hash { get; init; } = "";
        public string Payload { get; init; } = "{}";
        public string PublishedAt { get; init; } = "";

        public StoredTrigger ToTrigger() => new(Id, DefinitionId, DefinitionVersionId, (int)Version, ActivityId, Name, Hash,
            (JsonObject)JsonNode.Parse(Payload)!, Timestamps.Parse(PublishedAt), ActivityType);
    }
}
