using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// What an activity handler sees of one execution: its node, its evaluated inputs, the workflow's variables,
/// and the ways to finish (complete with outcomes, wait on a bookmark, or throw to fault).
/// </summary>
public abstract class ActivityContext
{
    /// <summary>The node being executed.</summary>
    public abstract WorkflowActivity Activity { get; }

    /// <summary>This execution's id (Elsa's activity instance id).</summary>
    public abstract string InstanceId { get; }

    public abstract WorkflowEnvironment Environment { get; }

    public abstract WorkflowState Workflow { get; }

    /// <summary>The instance was started by this very node as its trigger: it completes without waiting.</summary>
    public abstract bool IsTriggerOfWorkflow { get; }

    /// <summary>Evaluates the node's input <paramref name="name"/> (Literal, Object, JavaScript, Variable, Input, Liquid); null when absent.</summary>
    public abstract ValueTask<JsonNode?> InputAsync(string name, CancellationToken ct);

    /// <summary>Evaluates a bare expression, e.g. a FlowSwitch case condition <c>{"type":"JavaScript","value":"…"}</c>.</summary>
    public abstract ValueTask<JsonNode?> EvaluateAsync(string expressionType, JsonNode? value, CancellationToken ct);

    /// <summary>Records an output: in the burst's output register (for <c>getOutputFrom</c>) and in its bound variable or workflow output.</summary>
    public abstract void SetOutput(string name, JsonNode? value);

    public abstract JsonNode? GetVariable(string name);

    /// <summary>Sets a declared variable found by id or name; an unknown one faults the activity like Elsa's SetVariable.</summary>
    public abstract void SetVariable(string idOrName, JsonNode? value);

    /// <summary>Completes the activity; without outcomes it completes with Elsa's default (Done, and connections without a port).</summary>
    public abstract void Complete(params string[] outcomes);

    /// <summary>Suspends the activity on a bookmark; it stays Running until the bookmark is resumed or cancelled.</summary>
    public abstract Bookmark CreateBookmark(string name, JsonObject payload, DateTimeOffset? dueAt = null, bool includeActivityInstanceId = false);

    /// <summary>Sends a stimulus after this burst commits (Elsa.PublishEvent).</summary>
    public abstract void Raise(Stimulus stimulus);

    /// <summary>Adds a line to this execution's journal entry (what WriteLine wrote, why an owner was chosen).</summary>
    public abstract void Note(string message);
}
