using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution.Activities;

/// <summary>
/// Elsa.PublishEvent: raises the event <c>eventName</c> with <c>payload</c>, delivered after this burst commits to the
/// Event triggers and bookmarks waiting for it (narrowed by <c>correlationId</c>; only this instance when <c>isLocalEvent</c>).
/// </summary>
public sealed class PublishEventHandler : IActivityHandler
{
    public string Type => "Elsa.PublishEvent";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var eventName = WorkflowValues.ToText(await context.InputAsync("eventName", ct)) ?? "";
        var correlationId = WorkflowValues.ToText(await context.InputAsync("correlationId", ct));
        var isLocal = WorkflowValues.ToBool(await context.InputAsync("isLocalEvent", ct));
        var payload = await context.InputAsync("payload", ct);
        context.Raise(new Stimulus(
            "Elsa.Event",
            new JsonObject { ["eventName"] = eventName },
            new JsonObject { [EventActivityHandler.PayloadKey] = WorkflowValues.Detach(payload) },
            string.IsNullOrWhiteSpace(correlationId) ? null : correlationId,
            isLocal ? context.Environment.InstanceId : null));
        context.Complete();
    }
}
