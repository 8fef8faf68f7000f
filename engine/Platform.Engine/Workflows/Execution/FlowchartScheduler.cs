using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;

namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// Elsa's counter-based flowchart semantics. When a child completes, each outbound connection is visited
/// (followed when the child's outcomes name its port); a forward connection's target then runs, waits or is
/// skipped according to its join mode, comparing visit counts in the flowchart's <see cref="FlowScope"/>. A
/// skipped node passes "not followed" on, so joins downstream stop waiting (dead-path propagation). A followed
/// backward connection re-runs its target (a loop). The flowchart completes when nothing of it runs, waits or
/// is queued, unless a child is faulted, or at once when an End completes.
/// </summary>
internal sealed class FlowchartScheduler(WorkflowBurst burst)
{
    /// <summary>Marks a context that a backward connection scheduled: its completion does not count as a new visit.</summary>
    public const string BackwardProperty = "backward";

    private static readonly string?[] NoOutcomes = [];

    private readonly Dictionary<string, (FlowGraph Graph, FlowScope Scope)> _flows = new(StringComparer.Ordinal);

    public async ValueTask StartAsync(ActivityContextState flowchart, WorkflowActivity node, long started)
    {
        var (graph, _) = Flow(flowchart);
        if (graph.Start is null)
        {
            await burst.CompleteAsync(flowchart, node, ActivityExecution.DefaultOutcomes, null, started);
            return;
        }
        var first = burst.Schedule(flowchart, graph.Start, backward: false);
        if (graph.Start.Id == burst.State.TriggerActivityId)
        {
            burst.MarkTrigger(first);
        }
    }

    public async ValueTask OnChildCompletedAsync(ActivityContextState flowchart, ActivityContextState child, WorkflowActivity node, string?[] outcomes)
    {
        switch (node.Type)
        {
            case ElsaTypes.End:
                await CompleteAsync(flowchart);
                return;
            case ElsaTypes.Finish:
                burst.FinishWorkflow();
                return;
        }
        var (graph, scope) = Flow(flowchart);
        if (!await ScheduleOutboundAsync(flowchart, graph, scope, node.Id, outcomes, IsBackward(child)))
        {
            await CompleteIfIdleAsync(flowchart);
        }
    }

    /// <summary>A cancelled child schedules nothing, but its connections count as visited and not followed.</summary>
    public async ValueTask OnChildCanceledAsync(ActivityContextState flowchart, ActivityContextState child, WorkflowActivity node)
    {
        var (graph, scope) = Flow(flowchart);
        if (!await ScheduleOutboundAsync(flowchart, graph, scope, node.Id, NoOutcomes, IsBackward(child)))
        {
            await CompleteIfIdleAsync(flowchart);
        }
    }

    /// <summary>A join about to run (or a WaitAny join just scheduled) cancels the branches still running towards it.</summary>
    public async ValueTask CancelInboundAncestorsAsync(ActivityContextState join, WorkflowActivity node)
    {
        if (join.ParentId is null || burst.Find(join.ParentId) is not { Status: ActivityStatus.Running } flowchart)
        {
            return;
        }
        await CancelAncestorsAsync(flowchart, Flow(flowchart).Graph, node.Id);
    }

    /// <summary>Writes each live flowchart's counters into its context, where the next burst reads them.</summary>
    public void Save()
    {
        foreach (var (id, flow) in _flows)
        {
            if (burst.Find(id) is { } flowchart)
            {
                flowchart.Properties[FlowScope.Property] = flow.Scope.Write();
            }
        }
    }

    public void Forget(ActivityContextState context) => _flows.Remove(context.Id);

    public void Forget() => _flows.Clear();

    private (FlowGraph Graph, FlowScope Scope) Flow(ActivityContextState flowchart)
    {
        if (!_flows.TryGetValue(flowchart.Id, out var flow))
        {
            var graph = burst.Plan.Graph(burst.NodeOf(flowchart), burst.State.TriggerActivityId);
            flow = (graph, FlowScope.Read(flowchart.Properties[FlowScope.Property]));
            _flows[flowchart.Id] = flow;
        }
        return flow;
    }

    private async ValueTask<bool> ScheduleOutboundAsync(ActivityContextState flowchart, FlowGraph graph, FlowScope scope, string activityId, string?[] outcomes, bool backward)
    {
        // A run reached through a loop edge belongs to the round it loops in; counting it would make the joins
        // after the loop wait for a round that never comes.
        if (!backward)
        {
            scope.VisitActivity(activityId);
        }
        var scheduled = false;
        foreach (var edge in graph.Outbound(activityId))
        {
            var followed = outcomes.Contains(edge.Port);
            scope.VisitConnection(edge, followed);
            var target = burst.Plan.Child(burst.NodeOf(flowchart), edge.Target)!;
            if (edge.IsBackward)
            {
                if (followed)
                {
                    if (!edge.IsValidBackward)
                    {
                        throw new InvalidOperationException(Texts.Get("workflow.backward.invalid", edge.Source, edge.Target));
                    }
                    burst.Schedule(flowchart, target, backward: true);
                    scheduled = true;
                }
                continue;
            }
            scheduled |= await JoinAsync(flowchart, graph, scope, edge, target);
        }
        return scheduled;
    }

    private async ValueTask<bool> JoinAsync(ActivityContextState flowchart, FlowGraph graph, FlowScope scope, FlowEdge edge, WorkflowActivity target)
    {
        var inbound = graph.ForwardInbound(target.Id);
        switch (await JoinModeAsync(target))
        {
            case JoinMode.WaitAll:
                if (!scope.AllVisited(inbound, target.Id))
                {
                    return false;
                }
                return scope.AllFollowed(inbound, target.Id) ? Run(flowchart, target) : await SkipAsync(flowchart, graph, scope, target);
            case JoinMode.WaitAny:
                if (scope.AlreadyJoined(edge, target.Id) || IsQueued(flowchart, target))
                {
                    return false;
                }
                if (scope.AnyFollowed(inbound, target.Id))
                {
                    Run(flowchart, target);
                    await CancelAncestorsAsync(flowchart, graph, target.Id);
                    return true;
                }
                return scope.AllVisited(inbound, target.Id) && await SkipAsync(flowchart, graph, scope, target);
            default:
                if (!scope.AllVisited(inbound, target.Id))
                {
                    return false;
                }
                return scope.AnyFollowed(inbound, target.Id) ? Run(flowchart, target) : await SkipAsync(flowchart, graph, scope, target);
        }
    }

    private bool Run(ActivityContextState flowchart, WorkflowActivity target)
    {
        burst.Schedule(flowchart, target, backward: false);
        return true;
    }

    /// <summary>Dead-path propagation: the target counts as done with no outcomes, so none of its connections is followed.</summary>
    private ValueTask<bool> SkipAsync(ActivityContextState flowchart, FlowGraph graph, FlowScope scope, WorkflowActivity target)
    {
        burst.Journal.Skipped(target);
        return ScheduleOutboundAsync(flowchart, graph, scope, target.Id, NoOutcomes, backward: false);
    }

    private async ValueTask CancelAncestorsAsync(ActivityContextState flowchart, FlowGraph graph, string joinId)
    {
        var ancestors = graph.AncestorsOf(joinId);
        var running = burst.ChildrenOf(flowchart)
            .Where(c => ancestors.Contains(c.ActivityId) && c.Status is ActivityStatus.Pending or ActivityStatus.Running or ActivityStatus.Faulted)
            .ToList();
        foreach (var context in running)
        {
            await burst.CancelAsync(context, propagate: true);
        }
    }

    private async ValueTask CompleteIfIdleAsync(ActivityContextState flowchart)
    {
        if (flowchart.Status != ActivityStatus.Running)
        {
            return;
        }
        foreach (var child in burst.ChildrenOf(flowchart))
        {
            // Something still runs, waits or is queued; or a faulted child awaits a retry.
            if (child.Status is ActivityStatus.Pending or ActivityStatus.Running or ActivityStatus.Faulted)
            {
                return;
            }
        }
        await CompleteAsync(flowchart);
    }

    /// <summary>Completes the flowchart now, cancelling whatever of it still runs or waits.</summary>
    private async ValueTask CompleteAsync(ActivityContextState flowchart)
    {
        foreach (var child in burst.ChildrenOf(flowchart).ToList())
        {
            await burst.CancelAsync(child, propagate: false);
        }
        await burst.CompleteAsync(flowchart, burst.NodeOf(flowchart), ActivityExecution.DefaultOutcomes, null, burst.Environment.Clock.GetTimestamp());
    }

    private bool IsQueued(ActivityContextState flowchart, WorkflowActivity target) =>
        burst.ChildrenOf(flowchart).Any(c => c.ActivityId == target.Id && c.Status == ActivityStatus.Pending);

    private async ValueTask<JoinMode> JoinModeAsync(WorkflowActivity target)
    {
        if (target.Type != ElsaTypes.FlowJoin)
        {
            return JoinMode.WaitAllActive;
        }
        if (burst.Plan.LiteralJoinModeOf(target) is { } literal)
        {
            return literal;
        }
        var value = await burst.Evaluator.EvaluateInputAsync(target, "mode", burst.ScopeFor(null), burst.CancellationToken);
        return WorkflowPlan.ParseJoinMode(value) ?? throw new InvalidOperationException(Texts.Get("workflow.joinMode.invalid", WorkflowValues.ToText(value)));
    }

    private static bool IsBackward(ActivityContextState context) =>
        context.Properties[BackwardProperty] is JsonValue flag && flag.GetValueKind() == JsonValueKind.True;
}
