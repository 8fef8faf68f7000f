using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// A place where an instance waits for a stimulus: an event, a timer, a completed task. <see cref="Hash"/>
/// is Elsa's SHA-256 of name and payload, what a stimulus is matched on; <see cref="DueAt"/> is set for timers,
/// which the runtime turns into a scheduled job.
/// </summary>
public sealed record Bookmark(
    string Id,
    string Name,
    string Hash,
    JsonObject Payload,
    string ActivityId,
    string ActivityInstanceId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt = null);
