using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Notifications;

/// <summary>The <c>sys_tasks</c> table. Due and overdue are decided by the caller's instants, not SQL's clock.</summary>
public sealed class TaskStore(Database database)
{
    private const string Columns = """
        id AS Id, title AS Title, description AS Description, assignee_id AS AssigneeId, due_at AS DueAt,
        status AS Status, done_at AS DoneAt, done_by AS DoneBy, entity AS Entity, record_id AS RecordId,
        source AS Source, correlation_id AS CorrelationId, created_at AS CreatedAt, created_by AS CreatedBy
        """;

    /// <summary>
    /// Tasks of one assignee. <paramref name="from"/>/<paramref name="until"/> bound the due instant (inclusive,
    /// exclusive) when set; open tasks come soonest due first, done tasks most recently done first.
    /// </summary>
    public Task<IReadOnlyList<TaskRow>> ListAsync(long assigneeId, string status, DateTimeOffset? from, DateTimeOffset? until, int limit, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<TaskRow>>(async c =>
            [.. await c.QueryAsync<TaskRow>(new CommandDefinition(
                $"""
                SELECT {Columns} FROM sys_tasks
                WHERE assignee_id = @assigneeId AND status = @status
                  AND (@from IS NULL OR due_at >= @from) AND (@until IS NULL OR due_at < @until)
                ORDER BY {(status == TaskStatuses.Done ? "done_at DESC, id DESC" : "due_at IS NULL, due_at, id")}
                LIMIT @limit
                """,
                new
                {
                    assigneeId, status, limit,
                    from = from is { } f ? Timestamps.Format(f) : null,
                    until = until is { } u ? Timestamps.Format(u) : null,
                }, cancellationToken: ct))], ct);

    public Task<TaskRow?> FindAsync(WriteScope scope, long id, CancellationToken ct) =>
        scope.Connection.QuerySingleOrDefaultAsync<TaskRow>(new CommandDefinition(
            $"SELECT {Columns} FROM sys_tasks WHERE id = @id", new { id }, scope.Transaction, cancellationToken: ct));

    /// <summary>Kept prepared on the writer: a workflow step may create a task in every run.</summary>
    public Task<long> InsertAsync(WriteScope scope, TaskRow row, CancellationToken ct) =>
        scope.Prepared("""
            INSERT INTO sys_tasks (title, description, assignee_id, due_at, status, entity, record_id, source, correlation_id, created_at, created_by)
            VALUES (@title, @description, @assignee, @due, @status, @entity, @record, @source, @correlation, @created, @by)
            RETURNING id
            """).RunForLongAsync(ct, ("@title", row.Title), ("@description", row.Description), ("@assignee", row.AssigneeId), ("@due", row.DueAt),
            ("@status", row.Status), ("@entity", row.Entity), ("@record", row.RecordId), ("@source", row.Source), ("@correlation", row.CorrelationId),
            ("@created", row.CreatedAt), ("@by", row.CreatedBy));

    /// <summary>Marks an open task done; false when it was already done.</summary>
    public async Task<bool> CompleteAsync(WriteScope scope, long id, long by, DateTimeOffset at, CancellationToken ct) =>
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sys_tasks SET status = @done, done_at = @at, done_by = @by WHERE id = @id AND status = @open",
            new { id, by, at = Timestamps.Format(at), done = TaskStatuses.Done, open = TaskStatuses.Open },
            scope.Transaction, cancellationToken: ct)) > 0;

    /// <summary>A stored task as read and written; instants are <see cref="Timestamps"/> text.</summary>
    public sealed record TaskRow
    {
        public long Id { get; init; }
        public string Title { get; init; } = "";
        public string? Description { get; init; }
        public long AssigneeId { get; init; }
        public string? DueAt { get; init; }
        public string Status { get; init; } = TaskStatuses.Open;
        public string? DoneAt { get; init; }
        public long? DoneBy { get; init; }
        public string? Entity { get; init; }
        public long? RecordId { get; init; }
        public string Source { get; init; } = "";
        public string? CorrelationId { get; init; }
        public string CreatedAt { get; init; } = "";
        public long CreatedBy { get; init; }
    }
}
