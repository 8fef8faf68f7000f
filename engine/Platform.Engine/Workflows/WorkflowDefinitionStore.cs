using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Workflows;

/// <summary>The rows of <c>sys_workflow_definitions</c>: one per version of each definition.</summary>
public sealed class WorkflowDefinitionStore(Database database)
{
    private const string Columns = "id, definition_id, version, is_latest, is_published, name, json, created_at, updated_at";

    private const string Selected = """
        id, definition_id AS definitionId, version, is_latest AS isLatest, is_published AS isPublished, name, json,
        created_at AS createdAt, updated_at AS updatedAt
        """;

    public Task<IReadOnlyList<WorkflowSummary>> ListAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<WorkflowSummary>>(async c =>
        {
            var rows = await c.QueryAsync<(string DefinitionId, string? Name, long Version, long? Published, string UpdatedAt)>(new CommandDefinition(
                """
                SELECT l.definition_id, l.name, l.version,
                       (SELECT p.version FROM sys_workflow_definitions p WHERE p.definition_id = l.definition_id AND p.is_published = 1),
                       l.updated_at
                FROM sys_workflow_definitions l WHERE l.is_latest = 1 ORDER BY l.name, l.definition_id
                """, cancellationToken: ct));
            return rows.Select(r => new WorkflowSummary(r.DefinitionId, r.Name, (int)r.Version, (int?)r.Published, Timestamps.Parse(r.UpdatedAt))).ToList();
        }, ct);

    /// <summary>Version <paramref name="version"/> of the definition, or its latest when null.</summary>
    public Task<WorkflowVersion?> FindAsync(string definitionId, int? version, CancellationToken ct) =>
        database.ReadAsync(c => FindAsync(c, null, definitionId, version, ct), ct);

    public Task<WorkflowVersion?> FindAsync(WriteScope scope, string definitionId, CancellationToken ct) =>
        FindAsync(scope.Connection, scope.Transaction, definitionId, null, ct);

    /// <summary>
    /// The id of the published version of a definition, or null when none is: all a start needs, since the parsed
    /// version is cached by id. Reading the document itself on every start cost more than the rest of the lookup.
    /// </summary>
    public async Task<string?> FindPublishedVersionIdAsync(WriteScope scope, string definitionId, CancellationToken ct) =>
        await scope.Prepared("SELECT id FROM sys_workflow_definitions WHERE definition_id = @definitionId AND is_published = 1")
            .With("@definitionId", definitionId).ExecuteScalarAsync(ct) as string;

    /// <summary>A version by its own id (what instances and triggers point at).</summary>
    public Task<WorkflowVersion?> FindVersionAsync(WriteScope scope, string versionId, CancellationToken ct) =>
        FindWhereAsync(scope, "id = @Key", versionId, ct);

    private async Task<WorkflowVersion?> FindWhereAsync(WriteScope scope, string where, string key, CancellationToken ct) =>
        (await scope.Connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Selected} FROM sys_workflow_definitions WHERE {where}", new { Key = key }, scope.Transaction, cancellationToken: ct)))?.ToVersion();

    public Task InsertAsync(WriteScope scope, WorkflowVersion row, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO sys_workflow_definitions ({Columns})
            VALUES (@Id, @DefinitionId, @Version, @IsLatest, @IsPublished, @Name, @Json, @CreatedAt, @UpdatedAt)
            """,
            new
            {
                row.Id, row.DefinitionId, row.Version, row.IsLatest, row.IsPublished, row.Name, row.Json,
                CreatedAt = Timestamps.Format(row.CreatedAt), UpdatedAt = Timestamps.Format(row.UpdatedAt),
            }, scope.Transaction, cancellationToken: ct));

    /// <summary>Replaces the document of an unpublished draft in place.</summary>
    public Task UpdateDraftAsync(WriteScope scope, string id, string? name, string json, DateTimeOffset now, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sys_workflow_definitions SET name = @Name, json = @Json, updated_at = @UpdatedAt WHERE id = @Id",
            new { Id = id, Name = name, Json = json, UpdatedAt = Timestamps.Format(now) }, scope.Transaction, cancellationToken: ct));

    /// <summary>The latest version stops being the latest; a new draft is about to take its place.</summary>
    public Task RetireLatestAsync(WriteScope scope, string definitionId, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sys_workflow_definitions SET is_latest = 0 WHERE definition_id = @DefinitionId AND is_latest = 1",
            new { DefinitionId = definitionId }, scope.Transaction, cancellationToken: ct));

    /// <summary>Makes version <paramref name="id"/> the one published version of its definition.</summary>
    public async Task PublishAsync(WriteScope scope, string definitionId, string id, DateTimeOffset now, CancellationToken ct)
    {
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sys_workflow_definitions SET is_published = 0 WHERE definition_id = @DefinitionId AND is_published = 1",
            new { DefinitionId = definitionId }, scope.Transaction, cancellationToken: ct));
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sys_workflow_definitions SET is_published = 1, updated_at = @UpdatedAt WHERE id = @Id",
            new { Id = id, UpdatedAt = Timestamps.Format(now) }, scope.Transaction, cancellationToken: ct));
    }

    private static async Task<WorkflowVersion?> FindAsync(
        System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction, string definitionId, int? version, CancellationToken ct)
    {
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"""
            SELECT {Selected} FROM sys_workflow_definitions
            WHERE definition_id = @DefinitionId AND (CASE WHEN @Version IS NULL THEN is_latest = 1 ELSE version = @Version END)
            """,
            new { DefinitionId = definitionId, Version = version }, transaction, cancellationToken: ct));
        return row?.ToVersion();
    }

    private sealed record Row
    {
        public string Id { get; init; } = "";
        public string DefinitionId { get; init; } = "";
        public long Version { get; init; }
        public bool IsLatest { get; init; }
        public bool IsPublished { get; init; }
        public string? Name { get; init; }
        public string Json { get; init; } = "";
        public string CreatedAt { get; init; } = "";
        public string UpdatedAt { get; init; } = "";

        public WorkflowVersion ToVersion() => new(
            Id, DefinitionId, (int)Version, IsLatest, IsPublished, Name, Json, Timestamps.Parse(CreatedAt), Timestamps.Parse(UpdatedAt));
    }
}
