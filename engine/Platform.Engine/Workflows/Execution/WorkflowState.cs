using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// Everything an instance needs to continue after a suspend, a restart or a crash; stored as JSON with the
/// instance. Values are JSON so that what a burst writes is exactly what the next burst reads.
/// </summary>
public sealed class WorkflowState
{
    public string Status { get; set; } = WorkflowStatus.Running;

    public string SubStatus { get; set; } = WorkflowSubStatus.Pending;

    public string? CorrelationId { get; set; }

    public string? Name { get; set; }

    /// <summary>The trigger node that started the instance, if a trigger did.</summary>
    public string? TriggerActivityId { get; set; }

    /// <summary>Every declared variable by its id (by name when the declaration has no id), persisted across suspends.</summary>
    public Dictionary<string, JsonNode?> Variables { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The workflow's input, as started.</summary>
    public JsonObject Input { get; set; } = [];

    /// <summary>The workflow's outputs (SetOutput, output bindings to an output name).</summary>
    public JsonObject Output { get; set; } = [];

    /// <summary>Activity executions that are not finished, plus the flowchart contexts that own their bookkeeping.</summary>
    public List<ActivityContextState> Contexts { get; set; } = [];

    /// <summary>Where the instance waits: each bookmark is resumed at most once.</summary>
    public List<Bookmark> Bookmarks { get; set; } = [];

    public List<WorkflowIncident> Incidents { get; set; } = [];

    /// <summary>Free-form properties (Elsa keeps e.g. the flowchart execution mode here).</summary>
    public JsonObject Properties { get; set; } = [];
}
