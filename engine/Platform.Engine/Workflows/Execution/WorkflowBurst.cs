using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Workflows.Expressions;

namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// One burst of one instance: a FIFO queue of work (run an activity, resume a bookmark) drained until the
/// instance waits or ends, so parallel branches interleave breadth first as in Elsa. It owns the life of each
/// activity context — started, completed, suspended, faulted, cancelled — and the journal of it; flowchart
/// scheduling lives in <see cref="FlowchartScheduler"/>.
/// </summary>
internal sealed class WorkflowBurst
{
    /// <summary>
    /// Activity runs one burst may make. Bursts run inside the platform's one database writer, so a loop that never
    /// waits must not spin there forever: past this, the work still queued is parked as faulted, and a retry goes on.
    /// </summary>
    public const int MaxSteps = 10_000;

    private readonly ActivityRegistry _registry;
    private readonly CancellationToken _ct;
    private readonly Queue<WorkItem> _queue = new();
    private readonly Dictionary<string, WorkflowActivity> _nodes = new(StringComparer.Ordinal);
    private readonly FlowchartScheduler _flowcharts;
    private string? _triggerContextId;
    private bool _starting;

    public WorkflowBurst(WorkflowPlan plan, WorkflowState state, WorkflowEnvironment environment,
        ActivityRegistry registry, ExpressionEvaluator evaluator, CancellationToken ct)
    {
        Plan = plan;
        State = state;
        Environment = environment;
        Evaluator = evaluator;
        _registry = registry;
        _ct = ct;
        _flowcharts = new FlowchartScheduler(this);
        Journal = new BurstJournal(environment.Clock);
    }

    public WorkflowPlan Plan { get; }

    public WorkflowState State { get; }

    public WorkflowEnvironment Environment { get; }

    public ExpressionEvaluator Evaluator { get; }

    public OutputRegister Outputs { get; } = new();

    public BurstJournal Journal { get; }

    public List<Stimulus> Raised { get; } = [];

    public CancellationToken CancellationToken => _ct;

    public DateTimeOffset Now => Environment.Clock.GetUtcNow();

    public WorkflowScope ScopeFor(List<string>? outcomes) => new(Plan, State, Environment, Outputs, outcomes);

    /// <summary>Queues the root activity of a new instance; its start node may be the trigger, which then completes at once.</summary>
    public void StartRoot()
    {
        _starting = true;
        var root = NewContext(Plan.Definition.Root, null);
        _nodes[root.Id] = Plan.Definition.Root;
        _queue.Enqueue(new WorkItem(root));
    }

    public void Enqueue(WorkItem item) => _queue.Enqueue(item);

    /// <summary>Runs the queue until nothing is left, then settles the instance's status: Finished when nothing runs any more, else Suspended (or Faulted).</summary>
    public async Task<BurstResult> RunAsync()
    {
        State.SubStatus = WorkflowSubStatus.Executing;
        State.Status = WorkflowStatus.Running;
        var steps = 0;
        while (_queue.TryDequeue(out var item))
        {
            _ct.ThrowIfCancellationRequested();
            // Work of a context cancelled after it was queued is withdrawn.
            if (item.Bookmark is null ? item.Context.Status != ActivityStatus.Pending : item.Context.Status != ActivityStatus.Running)
            {
                continue;
            }
            if (++steps > MaxSteps && item.Bookmark is null)
            {
                Fault(item.Context, NodeOf(item.Context), null, new InvalidOperationException(Texts.Get("workflow.steps.exceeded", MaxSteps)),
                    Environment.Clock.GetTimestamp());
                continue;
            }
            await RunAsync(item);
        }
        _flowcharts.Save();
        if (State.SubStatus == WorkflowSubStatus.Executing)
        {
            // An incident not yet retried keeps an instance without ContinueWithIncidents faulted.
            State.SubStatus = State.Contexts.Count == 0 ? WorkflowSubStatus.Finished
                : !Plan.ContinueWithIncidents && State.Incidents.Count > 0 ? WorkflowSubStatus.Faulted
                : WorkflowSubStatus.Suspended;
        }
        State.Status = WorkflowSubStatus.StatusOf(State.SubStatus);
        return Result();
    }

    public BurstResult Result() => new(State, Journal.Entries, Raised);

    public ActivityContextState? Find(string id) => State.Contexts.Find(c => c.Id == id);

    public IEnumerable<ActivityContextState> ChildrenOf(ActivityContextState parent) => State.Contexts.Where(c => c.ParentId == parent.Id);

    /// <summary>The definition node a context executes: the root, or the child of its parent context's node.</summary>
    public WorkflowActivity NodeOf(ActivityContextState context)
    {
        if (_nodes.TryGetValue(context.Id, out var node))
        {
            return node;
        }
        node = context.ParentId is null
            ? Plan.Definition.Root
            : Plan.Child(NodeOf(Find(context.ParentId) ?? throw Broken(context)), context.ActivityId) ?? throw Broken(context);
        _nodes[context.Id] = node;
        return node;
    }

    /// <summary>Creates a pending context for <paramref name="node"/> under <paramref name="parent"/> and queues it.</summary>
    public ActivityContextState Schedule(ActivityContextState parent, WorkflowActivity node, bool backward)
    {
        var context = NewContext(node, parent.Id);
        if (backward)
        {
            context.Properties[FlowchartScheduler.BackwardProperty] = true;
        }
        _nodes[context.Id] = node;
        _queue.Enqueue(new WorkItem(context));
        return context;
    }

    /// <summary>The trigger node that started the instance completes at once, without waiting (only its first run, in the first burst).</summary>
    public void MarkTrigger(ActivityContextState context)
    {
        if (_starting && _triggerContextId is null)
        {
            _triggerContextId = context.Id;
        }
    }

    public Bookmark AddBookmark(ActivityContextState context, WorkflowActivity node, string name, JsonObject payload, DateTimeOffset? dueAt, bool includeActivityInstanceId)
    {
        var detached = (JsonObject)WorkflowValues.Detach(payload)!;
        var bookmark = new Bookmark(NewId(), name, BookmarkHash.Compute(name, detached, includeActivityInstanceId ? context.Id : null),
            detached, node.Id, context.Id, Now, dueAt);
        State.Bookmarks.Add(bookmark);
        return bookmark;
    }

    /// <summary>
    /// Completes a context with <paramref name="outcomes"/> and lets its flowchart schedule what follows. A definition
    /// error found while scheduling (an invalid loop, a bad join mode) faults the completed activity instead.
    /// </summary>
    public async ValueTask CompleteAsync(ActivityContextState context, WorkflowActivity node, string?[] outcomes, ActivityExecution? execution, long started)
    {
        context.Status = ActivityStatus.Completed;
        context.CompletedAt = Now;
        Journal.Completed(context, node, outcomes, execution, started);
        State.Bookmarks.RemoveAll(b => b.ActivityInstanceId == context.Id);
        if (context.ParentId is not null && Find(context.ParentId) is { Status: ActivityStatus.Running } parent)
        {
            try
            {
                await _flowcharts.OnChildCompletedAsync(parent, context, node, outcomes);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Fault(context, node, null, e, started);
            }
        }
        if (context.Status == ActivityStatus.Completed)
        {
            Remove(context);
        }
    }

    /// <summary>
    /// Cancels a context and everything under it, withdrawing its queued work and its bookmarks. With
    /// <paramref name="propagate"/>, its flowchart then treats its outbound connections as visited and not followed.
    /// </summary>
    public async ValueTask CancelAsync(ActivityContextState context, bool propagate)
    {
        if (context.Status is ActivityStatus.Completed or ActivityStatus.Canceled)
        {
            return;
        }
        foreach (var child in ChildrenOf(context).ToList())
        {
            await CancelAsync(child, propagate: false);
        }
        var node = NodeOf(context);
        if (context.Status == ActivityStatus.Faulted)
        {
            // A cancelled activity will not be retried: its incident is settled (the journal keeps the fault).
            State.Incidents.RemoveAll(i => i.ActivityInstanceId == context.Id);
        }
        context.Status = ActivityStatus.Canceled;
        context.CompletedAt = Now;
        State.Bookmarks.RemoveAll(b => b.ActivityInstanceId == context.Id);
        Remove(context);
        Journal.Canceled(context, node);
        if (propagate && context.ParentId is not null && Find(context.ParentId) is { Status: ActivityStatus.Running } parent)
        {
            await _flowcharts.OnChildCanceledAsync(parent, context, node);
        }
    }

    /// <summary>Elsa.Finish: nothing else runs, nothing waits; the instance is Finished.</summary>
    public void FinishWorkflow()
    {
        _queue.Clear();
        State.Bookmarks.Clear();
        State.Contexts.Clear();
        _flowcharts.Forget();
        State.SubStatus = WorkflowSubStatus.Finished;
    }

    private async ValueTask RunAsync(WorkItem item)
    {
        var context = item.Context;
        var node = NodeOf(context);
        var started = Environment.Clock.GetTimestamp();
        if (item.Bookmark is null)
        {
            context.Status = ActivityStatus.Running;
            context.StartedAt = Now;
        }
        if (node.Type == ElsaTypes.Flowchart && item.Bookmark is null)
        {
            Journal.Begin(context, node, resumed: false);
            await _flowcharts.StartAsync(context, node, started);
            return;
        }
        var execution = new ActivityExecution(this, context, node, context.Id == _triggerContextId);
        var line = Journal.Begin(context, node, resumed: item.Bookmark is not null);
        try
        {
            var handler = (node.IsNotFound ? null : _registry.Find(node.Type))
                ?? throw new NotSupportedException(Texts.Get("workflow.activity.unsupported", node.Type));
            if (item.Bookmark is { } bookmark)
            {
                await handler.ResumeAsync(execution, bookmark, item.Input, _ct);
            }
            else
            {
                if (node.Type == ElsaTypes.FlowJoin)
                {
                    await _flowcharts.CancelInboundAncestorsAsync(context, node);
                }
                await handler.ExecuteAsync(execution, _ct);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !_ct.IsCancellationRequested)
        {
            Journal.Inputs(line, execution.Inputs ?? ResumeInput(item));
            Fault(context, node, execution, e, started);
            return;
        }
        Journal.Inputs(line, execution.Inputs ?? ResumeInput(item));
        if (execution.Outcomes is null && execution.BookmarksCreated > 0)
        {
            Journal.Suspended(context, node, execution, started);
            return;
        }
        // Like Elsa's code activities, a handler that neither completed nor waits completes with the default outcomes.
        await CompleteAsync(context, node, execution.Outcomes ?? ActivityExecution.DefaultOutcomes, execution, started);
    }

    /// <summary>
    /// An exception in a handler or an input: the activity is Faulted and an incident recorded (with the script
    /// position when a script failed). Unless the definition continues with incidents, the instance is Faulted;
    /// the rest of the queued work still runs, as in Elsa, so a retry finds the flow as it stood.
    /// </summary>
    private void Fault(ActivityContextState context, WorkflowActivity node, ActivityExecution? execution, Exception error, long started)
    {
        context.Status = ActivityStatus.Faulted;
        State.Bookmarks.RemoveAll(b => b.ActivityInstanceId == context.Id);
        var script = error as ExpressionException;
        State.Incidents.Add(new WorkflowIncident(NewId(), node.Id, context.Id, node.Type, error.Message, error.GetType().Name, Now, script?.Line, script?.Column));
        Journal.Faulted(context, node, execution, error.Message, started);
        if (!Plan.ContinueWithIncidents && State.SubStatus == WorkflowSubStatus.Executing)
        {
            State.SubStatus = WorkflowSubStatus.Faulted;
        }
    }

    private ActivityContextState NewContext(WorkflowActivity node, string? parentId)
    {
        var context = new ActivityContextState { Id = NewId(), ActivityId = node.Id, ParentId = parentId, StartedAt = Now };
        State.Contexts.Add(context);
        return context;
    }

    private void Remove(ActivityContextState context)
    {
        State.Contexts.Remove(context);
        _nodes.Remove(context.Id);
        _flowcharts.Forget(context);
    }

    private static JsonObject? ResumeInput(WorkItem item) =>
        item.Bookmark is null || item.Input is null ? null : new JsonObject { ["input"] = item.Input.DeepClone() };

    private static InvalidOperationException Broken(ActivityContextState context) =>
        new($"Activity context {context.Id} refers to activity {context.ActivityId}, which the definition does not have.");

    // Time-ordered, so bookmarks and their timer jobs are appended to their indexes rather than scattered over them.
    private string NewId() => Guid.CreateVersion7(Now).ToString("N");
}
