using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Workflows.Runtime;

/// <summary>
/// The rows of <c>sys_workflow_jobs</c>. A job is claimed by deleting (or, for a recurring trigger, moving) it
/// inside the write that does its work, so a crash before the commit leaves it due and nothing runs twice.
/// </summary>
public sealed class WorkflowJobStore(Database database)
{
    private const string Columns = """
        id AS Id, kind AS Kind, due_at AS DueAt, key AS Key, instance_id AS InstanceId, bookmark_id AS BookmarkId,
        trigger_id AS TriggerId, name AS Name, payload AS Payload, input AS Input, correlation_id AS CorrelationId, attempts AS Attempts
        """;

    /// <summary>Adds a job; one with the same <see cref="WorkflowJob.Key"/> is replaced (a rescheduled date, a re-armed timer).</summary>
    public Task InsertAsync(WriteScope scope, WorkflowJob job, DateTimeOffset now, CancellationToken ct) =>
        scope.Prepared("""
            INSERT INTO sys_workflow_jobs (kind, due_at, key, instance_id, bookmark_id, trigger_id, name, payload, input, correlation_id, created_at)
            VALUES (@kind, @due, @key, @instance, @bookmark, @trigger, @name, @payload, @input, @correlation, @created)
            ON CONFLICT (key) DO UPDATE SET due_at = excluded.due_at, kind = excluded.kind, instance_id = excluded.instance_id,
              bookmark_id = excluded.bookmark_id, trigger_id = excluded.trigger_id, name = excluded.name, payload = excluded.payload,
              input = excluded.input, correlation_id = excluded.correlation_id, attempts = 0, last_error = NULL, failed_at = NULL
            """).Run(ct, ("@kind", job.Kind), ("@due", job.DueAt), ("@key", job.Key), ("@instance", job.InstanceId),
            ("@bookmark", job.BookmarkId), ("@trigger", job.TriggerId), ("@name", job.Name), ("@payload", job.Payload),
            ("@input", job.Input), ("@correlation", job.CorrelationId), ("@created", Timestamps.Format(now)));

    public async Task DeleteByKeysAsync(WriteScope scope, IEnumerable<string> keys, CancellationToken ct)
    {
        foreach (var key in keys)
        {
            await scope.Prepared("DELETE FROM sys_workflow_jobs WHERE key = @key").Run(ct, ("@key", key));
        }
    }

    /// <summary>Claims a job for the write in progress; false when another run already did it.</summary>
    public async Task<bool> ClaimAsync(WriteScope scope, long id, CancellationToken ct) =>
        await scope.Prepared("DELETE FROM sys_workflow_jobs WHERE id = @id").Run(ct, ("@id", id)) == 1;

    /// <summary>Claims a recurring job by moving it to its next occurrence (or deleting it when there is none).</summary>
    public async Task<bool> ClaimAndMoveAsync(WriteScope scope, WorkflowJob job, DateTimeOffset? next, CancellationToken ct) =>
        next is { } at
            ? await scope.Prepared("UPDATE sys_workflow_jobs SET due_at = @next, attempts = 0 WHERE id = @id AND due_at = @due")
                .Run(ct, ("@id", job.Id), ("@due", job.DueAt), ("@next", Timestamps.Format(at))) == 1
            : await ClaimAsync(scope, job.Id, ct);

    /// <summary>Jobs due at or before <paramref name="now"/>, soonest first.</summary>
    public Task<IReadOnlyList<WorkflowJob>> DueAsync(DateTimeOffset now, int limit, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<WorkflowJob>>(async c => [.. await c.QueryAsync<WorkflowJob>(new CommandDefinition(
            $"SELECT {Columns} FROM sys_workflow_jobs WHERE failed_at IS NULL AND due_at <= @now ORDER BY due_at, id LIMIT @limit",
            new { now = Timestamps.Format(now), limit }, cancellationToken: ct))], ct);

    public Task<DateTimeOffset?> NextDueAsync(CancellationToken ct) =>
        database.ReadAsync(async c => await c.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT MIN(due_at) FROM sys_workflow_jobs WHERE failed_at IS NULL", cancellationToken: ct)) is { } at
                ? Timestamps.Parse(at)
                : (DateTimeOffset?)null, ct);

    /// <summary>A job whose work threw: tried again later, set aside after <paramref name="maxAttempts"/>.</summary>
    public Task FailAsync(WriteScope scope, long id, string error, DateTimeOffset retryAt, DateTimeOffset now, int maxAttempts, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE sys_workflow_jobs SET attempts = attempts + 1, last_error = @error, due_at = @retryAt,
              failed_at = CASE WHEN attempts + 1 >= @maxAttempts THEN @now ELSE NULL END
            WHERE id = @id
            """, new { id, error, retryAt = Timestamps.Format(retryAt), now = Timestamps.Format(now), maxAttempts }, scope.Transaction, cancellationToken: ct));

    /// <summary>The pending jobs of an instance (its timers), for the instance page.</summary>
    public Task<IReadOnlyList<WorkflowJob>> ForInstanceAsync(string instanceId, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<WorkflowJob>>(async c => [.. await c.QueryAsync<WorkflowJob>(new CommandDefinition(
            $"SELECT {Columns} FROM sys_workflow_jobs WHERE instance_id = @instanceId ORDER BY due_at", new { instanceId }, cancellationToken: ct))], ct);
}
