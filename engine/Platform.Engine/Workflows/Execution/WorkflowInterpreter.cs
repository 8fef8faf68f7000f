using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Expressions;

namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// Runs Elsa 3 flowcharts in memory, one burst at a time, over a <see cref="WorkflowState"/> that the caller
/// stores between bursts. It keeps nothing per instance itself; what it learns about a definition (graphs,
/// variables) is cached beside the parsed definition, so the caller should keep parsed definitions around.
/// </summary>
public sealed class WorkflowInterpreter(ActivityRegistry registry, ExpressionEvaluator evaluator) : IWorkflowInterpreter
{
    public Task<BurstResult> StartAsync(WorkflowDefinition definition, WorkflowState state, WorkflowEnvironment environment,
        string? triggerActivityId, JsonObject input, CancellationToken ct) =>
        Burst(definition, state, environment, ct).StartAsync(triggerActivityId, input);

    public Task<BurstResult> ResumeAsync(WorkflowDefinition definition, WorkflowState state, WorkflowEnvironment environment,
        string bookmarkId, JsonNode? input, CancellationToken ct) =>
        Burst(definition, state, environment, ct).ResumeAsync(bookmarkId, input);

    public Task<BurstResult> RetryAsync(WorkflowDefinition definition, WorkflowState state, WorkflowEnvironment environment,
        string? incidentId, CancellationToken ct) =>
        Burst(definition, state, environment, ct).RetryAsync(incidentId);

    public Task<BurstResult> CancelAsync(WorkflowDefinition definition, WorkflowState state, WorkflowEnvironment environment, CancellationToken ct) =>
        Burst(definition, state, environment, ct).CancelAsync();

    /// <summary>
    /// Reads inputs of a node outside any running instance, for trigger indexing and <see cref="ITriggerActivity.AcceptsAsync"/>:
    /// variables hold their defaults and the workflow input is <paramref name="input"/>.
    /// </summary>
    public Func<string, ValueTask<JsonNode?>> InputReader(WorkflowDefinition definition, WorkflowActivity activity,
        WorkflowEnvironment environment, JsonObject? input, CancellationToken ct)
    {
        var plan = WorkflowPlan.For(definition);
        var state = new WorkflowState { Input = input ?? [] };
        foreach (var variable in plan.Variables)
        {
            state.Variables.TryAdd(WorkflowPlan.KeyOf(variable), WorkflowValues.FromDefault(variable.Value, variable.TypeName));
        }
        var scope = new WorkflowScope(plan, state, environment, new OutputRegister());
        return name => evaluator.EvaluateInputAsync(activity, name, scope, ct);
    }

    private WorkflowBurst Burst(WorkflowDefinition definition, WorkflowState state, WorkflowEnvironment environment, CancellationToken ct) =>
        new(WorkflowPlan.For(definition), state, environment, registry, evaluator, ct);
}
