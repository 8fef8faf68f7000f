using Platform.Engine.Common;
using Platform.Engine.Storage;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Runtime;

/// <summary>
/// The rows of <c>sys_workflow_bookmarks</c>: a copy of each waiting bookmark, with the instance's correlation
/// id, so a stimulus finds the instances it resumes without opening their state.
/// </summary>
public sealed class WorkflowBookmarkStore
{
    public async Task InsertAsync(WriteScope scope, string instanceId, string? correlationId, IEnumerable<Bookmark> bookmarks, CancellationToken ct)
    {
        foreach (var b in bookmarks)
        {
            await scope.Prepared("""
                INSERT OR REPLACE INTO sys_workflow_bookmarks (id, instance_id, activity_id, activity_instance_id, name, hash, correlation_id, payload, due_at, created_at)
                VALUES (@id, @instance, @activity, @activityInstance, @name, @hash, @correlation, @payload, @due, @created)
                """).Run(ct, ("@id", b.Id), ("@instance", instanceId), ("@activity", b.ActivityId), ("@activityInstance", b.ActivityInstanceId),
                ("@name", b.Name), ("@hash", b.Hash), ("@correlation", correlationId), ("@payload", b.Payload.ToJsonString()),
                ("@due", b.DueAt is { } d ? Timestamps.Format(d) : null), ("@created", Timestamps.Format(b.CreatedAt)));
        }
    }

    public async Task DeleteAsync(WriteScope scope, IEnumerable<string> ids, CancellationToken ct)
    {
        foreach (var id in ids)
        {
            await scope.Prepared("DELETE FROM sys_workflow_bookmarks WHERE id = @id").Run(ct, ("@id", id));
        }
    }

    /// <summary>The instance's correlation id changed during a burst: its waiting bookmarks follow.</summary>
    public Task Recorrelate(WriteScope scope, string instanceId, string? correlationId, CancellationToken ct) =>
        scope.Prepared("UPDATE sys_workflow_bookmarks SET correlation_id = @correlation WHERE instance_id = @instance")
            .Run(ct, ("@instance", instanceId), ("@correlation", correlationId));

    /// <summary>
    /// Bookmarks a stimulus with <paramref name="hash"/> resumes; a correlation id or an instance id, when the
    /// stimulus has one, narrows them to that conversation or that instance. Asked on every record write (does a
    /// workflow wait for this?), so the statement stays prepared.
    /// </summary>
    public async Task<IReadOnlyList<(string Id, string InstanceId)>> MatchAsync(
        WriteScope scope, string hash, string? correlationId, string? instanceId, CancellationToken ct)
    {
        await using var reader = await scope.Prepared("""
            SELECT id, instance_id FROM sys_workflow_bookmarks
            WHERE hash = @hash AND (@correlationId IS NULL OR correlation_id = @correlationId)
              AND (@instanceId IS NULL OR instance_id = @instanceId)
            ORDER BY created_at, id
            """).With("@hash", hash).With("@correlationId", correlationId).With("@instanceId", instanceId).ExecuteReaderAsync(ct);
        var matched = new List<(string, string)>();
        while (await reader.ReadAsync(ct))
        {
            matched.Add((reader.GetString(0), reader.GetString(1)));
        }
        return matched;
    }
}
