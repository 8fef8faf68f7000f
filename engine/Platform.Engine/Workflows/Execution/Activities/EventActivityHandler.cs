using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution.Activities;

/// <summary>
/// Elsa.Event: as a trigger it starts an instance when the event <c>eventName</c> is published; inside a flow it waits
/// on <c>Elsa.Event {eventName}</c> (no instance id in the hash, so any publisher reaches it). Its <c>result</c> is the
/// event's payload: <c>__EventPayloadWorkflowInput</c> of the input when present (what PublishEvent sends), else the input.
/// </summary>
public sealed class EventActivityHandler : ITriggerActivity
{
    public const string PayloadKey = "__EventPayloadWorkflowInput";

    public string Type => "Elsa.Event";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        if (context.IsTriggerOfWorkflow)
        {
            context.SetOutput("result", PayloadOf(context.Workflow.Input));
            context.Complete();
            return;
        }
        var eventName = WorkflowValues.ToText(await context.InputAsync("eventName", ct)) ?? "";
        context.CreateBookmark(Type, new JsonObject { ["eventName"] = eventName });
    }

    public ValueTask ResumeAsync(ActivityContext context, Bookmark bookmark, JsonNode? input, CancellationToken ct)
    {
        context.SetOutput("result", PayloadOf(input));
        context.Complete();
        return ValueTask.CompletedTask;
    }

    public async ValueTask<IReadOnlyList<TriggerPayload>> IndexAsync(WorkflowActivity activity, Func<string, ValueTask<JsonNode?>> input, CancellationToken ct) =>
        [new TriggerPayload(Type, new JsonObject { ["eventName"] = WorkflowValues.ToText(await input("eventName")) ?? "" })];

    private static JsonNode? PayloadOf(JsonNode? input) => input switch
    {
        JsonObject o when o.TryGetPropertyValue(PayloadKey, out var payload) => payload?.DeepClone(),
        JsonObject { Count: 0 } => null,
        _ => input?.DeepClone(),
    };
}
