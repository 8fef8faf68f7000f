using System.Data.Common;
using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Storage;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Runtime;

/// <summary>The rows of <c>sys_workflow_instances</c> (with each instance's state document) and <c>sys_workflow_incidents</c>.</summary>
public sealed class WorkflowInstanceStore(Database database)
{
    private const string Columns = """
        id AS Id, definition_id AS DefinitionId, definition_version_id AS DefinitionVersionId, version AS Version,
        status AS Status, sub_status AS SubStatus, correlation_id AS CorrelationId, name AS Name,
        incident_count AS IncidentCount, entity AS Entity, record_id AS RecordId, created_at AS CreatedAt,
        updated_at AS UpdatedAt, finished_at AS FinishedAt
        """;

    public Task<IReadOnlyList<WorkflowInstance>> ListAsync(InstanceFilter filter, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<WorkflowInstance>>(async c =>
            [.. (await c.QueryAsync<Row>(new CommandDefinition(
                $"""
                SELECT {Columns} FROM sys_workflow_instances
                WHERE (@Status IS NULL OR status = @Status OR sub_status = @Status)
                  AND (@DefinitionId IS NULL OR definition_id = @DefinitionId)
                  AND (@CorrelationId IS NULL OR correlation_id = @CorrelationId)
                  AND (@Entity IS NULL OR entity = @Entity)
                  AND (@RecordId IS NULL OR record_id = @RecordId)
                  AND (@Before IS NULL OR created_at < @Before)
                ORDER BY created_at DESC, id DESC
                LIMIT @Limit
                """,
                new
                {
                    filter.Status, filter.DefinitionId, filter.CorrelationId, filter.Entity, filter.RecordId, filter.Limit,
                    Before = filter.Before is { } b ? Timestamps.Format(b) : null,
                }, cancellationToken: ct))).Select(r => r.ToInstance())], ct);

    /// <summary>An instance and its state document, read outside any write.</summary>
    public Task<(WorkflowInstance Instance, string State)?> FindAsync(string id, CancellationToken ct) =>
        database.ReadAsync(c => FindAsync(c, id, ct), ct);

    /// <summary>
    /// An instance and its state document, inside the write that will change it. Every resume and timer reads one, so
    /// the statement stays prepared and the row is read by position (mapping it by name cost more than the query).
    /// </summary>
    public async Task<(WorkflowInstance Instance, string State)?> FindAsync(WriteScope scope, string id, CancellationToken ct)
    {
        await using var reader = await scope.Prepared("""
            SELECT id, definition_id, definition_version_id, version, status, sub_status, correlation_id, name, incident_count,
              entity, record_id, created_at, updated_at, finished_at, state
            FROM sys_workflow_instances WHERE id = @id
            """).With("@id", id).ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        var instance = new WorkflowInstance(
            reader.GetString(0), reader.GetString(1), reader.GetString(2), (int)reader.GetInt64(3), reader.GetString(4), reader.GetString(5),
            Text(6), Text(7), (int)reader.GetInt64(8), Text(9), reader.IsDBNull(10) ? null : reader.GetInt64(10),
            Timestamps.Parse(reader.GetString(11)), Timestamps.Parse(reader.GetString(12)), Text(13) is { } finished ? Timestamps.Parse(finished) : null);
        return (instance, reader.GetString(14));
    }

    /// <summary>Whether a running instance of the definition exists (with that correlation id, when given): activation strategies.</summary>
    public async Task<bool> AnyRunningAsync(WriteScope scope, string definitionId, string? correlationId, bool byCorrelation, CancellationToken ct) =>
        await scope.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            SELECT EXISTS (SELECT 1 FROM sys_workflow_instances WHERE definition_id = @definitionId AND status = 'Running'
              AND (@byCorrelation = 0 OR correlation_id IS @correlationId))
            """, new { definitionId, correlationId, byCorrelation }, scope.Transaction, cancellationToken: ct)) == 1;

    public Task SaveAsync(WriteScope scope, WorkflowInstance instance, string state, CancellationToken ct) =>
        scope.Prepared("""
            INSERT INTO sys_workflow_instances (id, definition_id, definition_version_id, version, status, sub_status,
              correlation_id, name, incident_count, entity, record_id, state, created_at, updated_at, finished_at)
            VALUES (@id, @definitionId, @versionId, @version, @status, @subStatus, @correlationId, @name, @incidents,
              @entity, @recordId, @state, @createdAt, @updatedAt, @finishedAt)
            ON CONFLICT (id) DO UPDATE SET status = excluded.status, sub_status = excluded.sub_status,
              correlation_id = excluded.correlation_id, name = excluded.name, incident_count = excluded.incident_count,
              state = excluded.state, updated_at = excluded.updated_at, finished_at = excluded.finished_at
            """).Run(ct,
            ("@id", instance.Id), ("@definitionId", instance.DefinitionId), ("@versionId", instance.DefinitionVersionId),
            ("@version", instance.Version), ("@status", instance.Status), ("@subStatus", instance.SubStatus),
            ("@correlationId", instance.CorrelationId), ("@name", instance.Name), ("@incidents", instance.IncidentCount),
            ("@entity", instance.Entity), ("@recordId", instance.RecordId), ("@state", state),
            ("@createdAt", Timestamps.Format(instance.CreatedAt)), ("@updatedAt", Timestamps.Format(instance.UpdatedAt)),
            ("@finishedAt", instance.FinishedAt is { } f ? Timestamps.Format(f) : null));

    public async Task AddIncidentsAsync(WriteScope scope, string instanceId, IEnumerable<WorkflowIncident> incidents, CancellationToken ct)
    {
        foreach (var incident in incidents)
        {
            await scope.Prepared("""
                INSERT OR IGNORE INTO sys_workflow_incidents (id, instance_id, activity_id, activity_type, message, at)
                VALUES (@id, @instance, @activity, @type, @message, @at)
                """).Run(ct, ("@id", incident.Id), ("@instance", instanceId), ("@activity", incident.ActivityId),
                ("@type", incident.ActivityType), ("@message", incident.Message), ("@at", Timestamps.Format(incident.At)));
        }
    }

    public async Task ResolveIncidentsAsync(WriteScope scope, IEnumerable<string> ids, DateTimeOffset at, CancellationToken ct)
    {
        foreach (var id in ids)
        {
            await scope.Prepared("UPDATE sys_workflow_incidents SET resolved_at = @at WHERE id = @id AND resolved_at IS NULL")
                .Run(ct, ("@id", id), ("@at", Timestamps.Format(at)));
        }
    }

    private static async Task<(WorkflowInstance, string)?> FindAsync(DbConnection connection, string id, CancellationToken ct)
    {
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns}, state AS State FROM sys_workflow_instances WHERE id = @id", new { id }, cancellationToken: ct));
        return row is null ? null : (row.ToInstance(), row.State);
    }

    private sealed record Row
    {
        public string Id { get; init; } = "";
        public string DefinitionId { get; init; } = "";
        public string DefinitionVersionId { get; init; } = "";
        public long Version { get; init; }
        public string Status { get; init; } = "";
        public string SubStatus { get; init; } = "";
        public string? CorrelationId { get; init; }
        public string? Name { get; init; }
        public long IncidentCount { get; init; }
        public string? Entity { get; init; }
        public long? RecordId { get; init; }
        public string CreatedAt { get; init; } = "";
        public string UpdatedAt { get; init; } = "";
        public string? FinishedAt { get; init; }
        public string State { get; init; } = "";

        public WorkflowInstance ToInstance() => new(
            Id, DefinitionId, DefinitionVersionId, (int)Version, Status, SubStatus, CorrelationId, Name, (int)IncidentCount,
            Entity, RecordId, Timestamps.Parse(CreatedAt), Timestamps.Parse(UpdatedAt), FinishedAt is null ? null : Timestamps.Parse(FinishedAt));
    }
}
