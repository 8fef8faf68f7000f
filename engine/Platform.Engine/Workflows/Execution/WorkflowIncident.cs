namespace Platform.Engine.Workflows.Execution;

/// <summary>An activity that faulted: what and where, with the script position when a script failed.</summary>
public sealed record WorkflowIncident(
    string Id,
    string ActivityId,
    string ActivityInstanceId,
    string ActivityType,
    string Message,
    string? ExceptionType,
    DateTimeOffset At,
    int? Line = null,
    int? Column = null);
