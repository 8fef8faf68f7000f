using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// What every record trigger shares. As the trigger of its workflow the node completes at once with the
/// record payload as <c>result</c>. Placed further down a flow it waits instead: a bookmark with the same
/// name and payload, which the next matching event of the instance's record (same correlation id) resumes;
/// an event that fails the node's conditions leaves it waiting for the one after.
/// </summary>
public abstract class RecordTrigger : ITriggerActivity
{
    public const string Result = "result";

    public abstract string Type { get; }

    public abstract ValueTask<IReadOnlyList<TriggerPayload>> IndexAsync(WorkflowActivity activity, Func<string, ValueTask<JsonNode?>> input, CancellationToken ct);

    public virtual ValueTask<bool> AcceptsAsync(WorkflowActivity activity, JsonObject stimulusInput, Func<string, ValueTask<JsonNode?>> input, CancellationToken ct) =>
        ValueTask.FromResult(true);

    public virtual async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        if (context.IsTriggerOfWorkflow)
        {
            context.SetOutput(Result, context.Workflow.Input.DeepClone());
            context.Complete();
            return;
        }
        foreach (var payload in await IndexAsync(context.Activity, name => context.InputAsync(name, ct), ct))
        {
            context.CreateBookmark(payload.Name, payload.Payload);
        }
    }

    public virtual async ValueTask ResumeAsync(ActivityContext context, Bookmark bookmark, JsonNode? input, CancellationToken ct)
    {
        var stimulus = input as JsonObject ?? [];
        if (!await AcceptsAsync(context.Activity, stimulus, name => context.InputAsync(name, ct), ct))
        {
            context.CreateBookmark(bookmark.Name, bookmark.Payload, bookmark.DueAt);
            return;
        }
        context.SetOutput(Result, stimulus.DeepClone());
        context.Complete();
    }

    /// <summary>The entity the node watches; a trigger without one cannot be indexed.</summary>
    protected static async ValueTask<string> EntityAsync(Func<string, ValueTask<JsonNode?>> input) =>
        InputValues.Text(await input(RecordPayload.Entity)) ?? throw ActivityInputs.Missing(RecordPayload.Entity);

    protected IReadOnlyList<TriggerPayload> One(JsonObject payload) => [new TriggerPayload(Type, payload)];
}
