namespace Platform.Engine.Notifications;

/// <summary>
/// What makes a task. Without an assignee the task is the creator's own; <see cref="Source"/> and
/// <see cref="CorrelationId"/> are set by workflows, people's to-dos leave them empty.
/// </summary>
public sealed record TaskInput
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public long? AssigneeId { get; init; }

    public DateTimeOffset? DueAt { get; init; }

    public string? Entity { get; init; }

    public long? RecordId { get; init; }

    public string? Source { get; init; }

    public string? CorrelationId { get; init; }
}
