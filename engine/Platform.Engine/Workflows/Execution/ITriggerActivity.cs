using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// An activity that can start a workflow when its node has <c>canStartWorkflow</c>. When a version is
/// published, <see cref="IndexAsync"/> says which stimuli start it (name + payload, hashed like Elsa); the
/// runtime stores them and, for a stimulus with the same hash, asks <see cref="AcceptsAsync"/> before it
/// creates an instance (e.g. "amount changed from below 10,000 to above").
/// </summary>
public interface ITriggerActivity : IActivityHandler
{
    /// <param name="input">Evaluates an input of the node without an instance (literals, objects, scripts without variables).</param>
    ValueTask<IReadOnlyList<TriggerPayload>> IndexAsync(WorkflowActivity activity, Func<string, ValueTask<JsonNode?>> input, CancellationToken ct);

    /// <summary>Whether this stimulus (its workflow input) should start an instance; by default every match does.</summary>
    ValueTask<bool> AcceptsAsync(WorkflowActivity activity, JsonObject stimulusInput, Func<string, ValueTask<JsonNode?>> input, CancellationToken ct) =>
        ValueTask.FromResult(true);
}
