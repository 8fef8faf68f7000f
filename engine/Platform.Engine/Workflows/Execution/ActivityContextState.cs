using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// One execution of one activity. A flowchart keeps its counters (Elsa's FlowScope) in
/// <see cref="Properties"/>, so joins and loops continue correctly after a suspend.
/// </summary>
public sealed class ActivityContextState
{
    public required string Id { get; set; }

    /// <summary>The activity's <c>id</c> in the definition.</summary>
    public required string ActivityId { get; set; }

    public string? ParentId { get; set; }

    public string Status { get; set; } = ActivityStatus.Pending;

    public JsonObject Properties { get; set; } = [];

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
