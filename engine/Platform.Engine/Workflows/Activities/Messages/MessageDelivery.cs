using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Notifications.Outbox;
using Platform.Engine.Scripting;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities.Messages;

/// <summary>What the message activities share: the idempotency key, rendering, and queueing in the burst's write.</summary>
internal static class MessageDelivery
{
    /// <summary>
    /// The instance and the activity execution: the same when a burst that crashed is run again, so the message
    /// it queued is not queued twice; different for each pass through the activity in a loop.
    /// </summary>
    public static string KeyOf(ActivityContext context) => $"{context.Environment.InstanceId}:{context.InstanceId}";

    public static string SourceOf(ActivityContext context) => $"workflow:{context.Environment.InstanceId}";

    public static string Render(LiquidTemplates liquid, string template, JsonObject model, string field)
    {
        var rendered = liquid.Render(template, model, field);
        return rendered.IsSuccess ? rendered.Value : throw Fault(rendered.Failure);
    }

    /// <summary>Queues the message with the burst's write and completes with <c>result</c> = {id, status, idempotencyKey}.</summary>
    public static async ValueTask EnqueueAsync(Outbox outbox, ActivityContext context, OutboxMessage message, string description, CancellationToken ct)
    {
        var scope = context.Environment.Scope
            ?? throw new InvalidOperationException($"{context.Activity.Type} queues its message in the workflow's write, and this run has none.");
        var queued = await outbox.EnqueueInScopeAsync(scope, message, ct);
        if (!queued.IsSuccess)
        {
            throw Fault(queued.Failure);
        }
        var entry = queued.Value;
        context.SetOutput("result", new JsonObject { ["id"] = entry.Id, ["status"] = entry.Status, ["idempotencyKey"] = entry.IdempotencyKey });
        context.Note($"{description} (outbox {entry.Id}, {entry.Status})");
        context.Complete();
    }

    // A message that cannot be sent faults the activity: the incident names the input and the reason.
    private static InvalidOperationException Fault(Failure failure) => new(failure switch
    {
        ValidationFailure v => string.Join("; ", v.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
        _ => failure.Detail,
    });
}
