using Dapper;
using Platform.Engine.Storage;

namespace Platform.Engine.Workflows.DryRun;

/// <summary>
/// Reads what a dry run's bursts wrote, inside the write that is rolled back afterwards: the audit lines,
/// tasks, notifications, outbox messages and owner assignments added since a <see cref="DryRunMark"/>. Ids only grow within one
/// write, so "after the mark" is exactly "written by the bursts since".
/// </summary>
public sealed class DryRunEffectStore
{
    public async Task<DryRunMark> MarkAsync(WriteScope scope, CancellationToken ct) =>
        await scope.Connection.QuerySingleAsync<DryRunMark>(new CommandDefinition(
            """
            SELECT (SELECT coalesce(max(id), 0) FROM sys_audit) AS Audit, (SELECT coalesce(max(id), 0) FROM sys_tasks) AS Tasks,
                (SELECT coalesce(max(id), 0) FROM sys_notifications) AS Notifications, (SELECT coalesce(max(id), 0) FROM sys_outbox) AS Outbox,
                (SELECT coalesce(max(id), 0) FROM sys_assignments) AS Assignments
            """, transaction: scope.Transaction, cancellationToken: ct));

    public async Task<DryRunEffects> SinceAsync(WriteScope scope, DryRunMark mark, CancellationToken ct)
    {
        var audit = await scope.Connection.QueryAsync<AuditRow>(new CommandDefinition(
            "SELECT entity, record_id AS RecordId, action, changes FROM sys_audit WHERE id > @Audit ORDER BY id",
            mark, scope.Transaction, cancellationToken: ct));
        var tasks = await scope.Connection.QueryAsync<TaskRow>(new CommandDefinition(
            """
            SELECT t.title, t.assignee_id AS AssigneeId, u.name AS AssigneeName, t.due_at AS DueAt
            FROM sys_tasks t LEFT JOIN sys_users u ON u.id = t.assignee_id WHERE t.id > @Tasks ORDER BY t.id
            """, mark, scope.Transaction, cancellationToken: ct));
        var notifications = await scope.Connection.QueryAsync<NotificationRow>(new CommandDefinition(
            """
            SELECT n.user_id AS UserId, u.name AS UserName, n.title FROM sys_notifications n LEFT JOIN sys_users u ON u.id = n.user_id
            WHERE n.id > @Notifications ORDER BY n.id
            """, mark, scope.Transaction, cancellationToken: ct));
        var outbox = await scope.Connection.QueryAsync<OutboxRow>(new CommandDefinition(
            "SELECT kind, payload FROM sys_outbox WHERE id > @Outbox ORDER BY id", mark, scope.Transaction, cancellationToken: ct));
        var assignments = await scope.Connection.QueryAsync<AssignmentRow>(new CommandDefinition(
            """
            SELECT a.entity, a.record_id AS RecordId, a.user_id AS UserId, u.name AS UserName, a.strategy FROM sys_assignments a
            LEFT JOIN sys_users u ON u.id = a.user_id WHERE a.id > @Assignments ORDER BY a.id
            """, mark, scope.Transaction, cancellationToken: ct));
        return new DryRunEffects([.. audit], [.. tasks], [.. notifications], [.. outbox], [.. assignments]);
    }

    public sealed record AuditRow(string Entity, long RecordId, string Action, string Changes);

    public sealed record TaskRow(string Title, long AssigneeId, string? AssigneeName, string? DueAt);

    public sealed record NotificationRow(long UserId, string? UserName, string Title);

    public sealed record OutboxRow(string Kind, string Payload);

    public sealed record AssignmentRow(string Entity, long RecordId, long UserId, string? UserName, string Strategy);
}

/// <summary>The highest ids of the effect tables at one moment of a dry run.</summary>
public sealed record DryRunMark(long Audit, long Tasks, long Notifications, long Outbox, long Assignments);

/// <summary>The rows one burst of a dry run added.</summary>
public sealed record DryRunEffects(
    IReadOnlyList<DryRunEffectStore.AuditRow> Audit,
    IReadOnlyList<DryRunEffectStore.TaskRow> Tasks,
    IReadOnlyList<DryRunEffectStore.NotificationRow> Notifications,
    IReadOnlyList<DryRunEffectStore.OutboxRow> Outbox,
    IReadOnlyList<DryRunEffectStore.AssignmentRow> Assignments);
