using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// One line of an instance's journal: an activity started, completed (with its outcomes), suspended,
/// resumed, faulted or was cancelled, with the inputs it evaluated and the outputs it produced.
/// </summary>
public sealed record JournalEntry(
    DateTimeOffset At,
    string ActivityId,
    string ActivityType,
    string? ActivityName,
    string ActivityInstanceId,
    string Event,
    JsonObject? Inputs = null,
    JsonObject? Outputs = null,
    IReadOnlyList<string>? Outcomes = null,
    string? Message = null,
    double? DurationMs = null);
