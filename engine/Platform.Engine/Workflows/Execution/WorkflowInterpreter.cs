using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Expressions;

namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// Runs Elsa 3 flowcharts in memory, one burst at a time, over a <see cref="WorkflowState"/> that the caller
/// stores between bursts. The state passed in is changed in place and returned in the result; when a burst
/// throws (cancellation, a broken state) that state must be thrown away. What the interpreter learns about a
/// definition (graphs, variables) is cached beside the parsed definition, so callers should keep parsed
/// definitions around rather than parse them for every burst.
/// </summary>
public sealed class WorkflowInterpreter(ActivityRegistry registry, ExpressionEvaluator evaluator) : IWorkflowInterpreter
{
    public Task<BurstResult> StartAsync(WorkflowDefinition definition, WorkflowState state, WorkflowEnvironment environment,
        string? triggerActivityId, JsonObject input, CancellationToken ct)
    {
        var burst = Burst(definition, state, environment, ct);
        state.Input = input;
        state.TriggerActivityId = triggerActivityId;
        SetDefaults(burst.Plan, state);
        burst.StartRoot();
        return burst.RunAsync();
    }

    /// <summary>A bookmark that no longer exists (already resumed, cancelled) leaves the instance as it was, as does a finished instance.</summary>
    public Task<BurstResult> ResumeAsync(WorkflowDefinition definition, WorkflowState state, WorkflowEnvironment environment,
        string bookmarkId, JsonNode? input, CancellationToken ct)
    {
        var burst = Burst(definition, state, environment, ct);
        var bookmark = state.Bookmarks.Find(b => b.Id == bookmarkId);
        if (state.Status == WorkflowStatus.Finished || bookmark is null)
        {
            return Task.FromResult(burst.Result());
        }
        // Each bookmark is resumed at most once: it goes before anything runs.
        state.Bookmarks.Remove(bookmark);
        if (burst.Find(bookmark.ActivityInstanceId) is { Status: ActivityStatus.Running } context)
        {
            burst.Enqueue(new WorkItem(context, bookmark, input));
        }
        return burst.RunAsync();
    }

    /// <summary>Runs faulted activities again, with their inputs evaluated afresh, and continues the flow from them.</summary>
    public Task<BurstResult> RetryAsync(WorkflowDefinition definition, WorkflowState state, WorkflowEnvironment environment,
        string? incidentId, CancellationToken ct)
    {
        var burst = Burst(definition, state, environment, ct);
        var incidents = state.Incidents.Where(i => incidentId is null || i.Id == incidentId).ToList();
        if (incidents.Count == 0 || state.SubStatus is WorkflowSubStatus.Finished or WorkflowSubStatus.Cancelled)
        {
            return Task.FromResult(burst.Result());
        }
        foreach (var incident in incidents)
        {
            state.Incidents.Remove(incident);
            if (burst.Find(incident.ActivityInstanceId) is { Status: ActivityStatus.Faulted } context)
            {
                context.Status = ActivityStatus.Pending;
                burst.Enqueue(new WorkItem(context));
            }
        }
        return burst.RunAsync();
    }

    /// <summary>Cancels every activity still running or faulted and removes every bookmark; the instance becomes Cancelled.</summary>
    public async Task<BurstResult> CancelAsync(WorkflowDefinition definition, WorkflowState state, WorkflowEnvironment environment, CancellationToken ct)
    {
        var burst = Burst(definition, state, environment, ct);
        if (state.SubStatus is WorkflowSubStatus.Finished or WorkflowSubStatus.Cancelled)
        {
            return burst.Result();
        }
        foreach (var context in state.Contexts.Where(c => c.ParentId is null).ToList())
        {
            await burst.CancelAsync(context, propagate: false);
        }
        state.Contexts.Clear();
        state.Bookmarks.Clear();
        state.SubStatus = WorkflowSubStatus.Cancelled;
        state.Status = WorkflowStatus.Finished;
        return burst.Result();
    }

    /// <summary>
    /// Reads inputs of a node outside any running instance, for trigger indexing and <see cref="ITriggerActivity.AcceptsAsync"/>:
    /// variables hold their defaults and the workflow input is <paramref name="input"/>.
    /// </summary>
    public Func<string, ValueTask<JsonNode?>> InputReader(WorkflowDefinition definition, WorkflowActivity activity,
        WorkflowEnvironment environment, JsonObject? input, CancellationToken ct)
    {
        var plan = WorkflowPlan.For(definition);
        var state = new WorkflowState { Input = input ?? [] };
        SetDefaults(plan, state);
        var scope = new WorkflowScope(plan, state, environment, new OutputRegister());
        return name => evaluator.EvaluateInputAsync(activity, name, scope, ct);
    }

    private static void SetDefaults(WorkflowPlan plan, WorkflowState state)
    {
        foreach (var variable in plan.Variables)
        {
            state.Variables.TryAdd(WorkflowPlan.KeyOf(variable), WorkflowValues.FromDefault(variable.Value, variable.TypeName));
        }
    }

    private WorkflowBurst Burst(WorkflowDefinition definition, WorkflowState state, WorkflowEnvironment environment, CancellationToken ct) =>
        new(WorkflowPlan.For(definition), state, environment, registry, evaluator, ct);
}
