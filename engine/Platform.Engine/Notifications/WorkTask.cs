namespace Platform.Engine.Notifications;

/// <summary>
/// A to-do for one person, made by someone (<c>user</c>) or by a running workflow
/// (<c>workflow:&lt;instanceId&gt;</c>); <see cref="DueToday"/> and <see cref="Overdue"/> are read from the clock.
/// </summary>
public sealed record WorkTask(
    long Id,
    string Title,
    string? Description,
    long AssigneeId,
    DateTimeOffset? DueAt,
    string Status,
    DateTimeOffset? DoneAt,
    long? DoneBy,
    string? Entity,
    long? RecordId,
    string Source,
    string? CorrelationId,
    DateTimeOffset CreatedAt,
    long CreatedBy,
    bool DueToday,
    bool Overdue);
