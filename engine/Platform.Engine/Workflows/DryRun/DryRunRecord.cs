namespace Platform.Engine.Workflows.DryRun;

/// <summary>
/// One record's run: where it ended (<see cref="Status"/>/<see cref="SubStatus"/>, Elsa's names), the activities
/// in the order they ran with the virtual instant of each, and every effect with the instant it would happen.
/// </summary>
public sealed record DryRunRecord(
    long RecordId,
    string? Title,
    string Status,
    string SubStatus,
    IReadOnlyList<DryRunStep> Path,
    IReadOnlyList<DryRunChange> Changes,
    IReadOnlyList<DryRunCreated> Created,
    IReadOnlyList<DryRunAssignment> Assignments,
    IReadOnlyList<DryRunTask> Tasks,
    IReadOnlyList<DryRunNotification> Notifications,
    IReadOnlyList<DryRunMessage> Messages,
    IReadOnlyList<DryRunWait> Waiting,
    IReadOnlyList<DryRunIncident> Incidents,
    bool StoppedEarly);

/// <summary>An activity that ran (or was skipped): the journal line of the run.</summary>
public sealed record DryRunStep(string ActivityId, string? ActivityName, string ActivityType, string Event, DateTimeOffset At, IReadOnlyList<string>? Outcomes);

/// <summary>A field of the record that would change; <see cref="ToText"/> names a user for user fields such as the owner.</summary>
public sealed record DryRunChange(string Field, string Label, object? From, object? To, string? ToText, DateTimeOffset At);

/// <summary>An owner the run would choose for the record (even one who owns it already), with the strategy that chose.</summary>
public sealed record DryRunAssignment(long UserId, string? UserName, string Strategy, DateTimeOffset At);

/// <summary>A record the run would create (in any entity).</summary>
public sealed record DryRunCreated(string Entity, long RecordId, DateTimeOffset At);

public sealed record DryRunTask(string Title, long AssigneeId, string? AssigneeName, DateTimeOffset? DueAt, DateTimeOffset At);

public sealed record DryRunNotification(long UserId, string? UserName, string Title, DateTimeOffset At);

/// <summary>An e-mail, webhook or HTTP request that would leave: <see cref="Kind"/> is <c>email</c>, <c>webhook</c> or <c>http</c>.</summary>
public sealed record DryRunMessage(string Kind, string To, string? Subject, DateTimeOffset At);

/// <summary>Where the run still waits at the horizon: an event, a task, or a timer due after the horizon.</summary>
public sealed record DryRunWait(string ActivityId, string? ActivityName, string Name, DateTimeOffset? DueAt);

public sealed record DryRunIncident(string ActivityId, string Message, int? Line, int? Column);
