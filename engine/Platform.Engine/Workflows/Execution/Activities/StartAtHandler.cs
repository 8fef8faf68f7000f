using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution.Activities;

/// <summary>
/// Elsa.StartAt: as a trigger it starts one instance at <c>dateTime</c>; inside a flow it completes at once when that
/// instant has passed, else waits on <c>Elsa.StartAt {executeAt}</c>.
/// </summary>
public sealed class StartAtHandler : IScheduledTrigger
{
    public string Type => "Elsa.StartAt";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var executeAt = WorkflowValues.ToDateTimeOffset(await context.InputAsync("dateTime", ct));
        if (context.IsTriggerOfWorkflow || executeAt is null || executeAt <= context.Environment.Clock.GetUtcNow())
        {
            context.Complete();
            return;
        }
        context.CreateBookmark(Type, new JsonObject { ["executeAt"] = WorkflowValues.FromInstant(executeAt.Value) }, executeAt);
    }

    public async ValueTask<IReadOnlyList<TriggerPayload>> IndexAsync(WorkflowActivity activity, Func<string, ValueTask<JsonNode?>> input, CancellationToken ct) =>
        WorkflowValues.ToDateTimeOffset(await input("dateTime")) is { } executeAt
            ? [new TriggerPayload(Type, new JsonObject { ["executeAt"] = WorkflowValues.FromInstant(executeAt) })]
            : [];

    /// <summary>
    /// The instant itself while it is still ahead of <paramref name="after"/>. An instant already past at publication
    /// fires once at once, as Elsa's catch-up does: it is due a moment after publication, so that once it has fired
    /// (and the scheduler asks again from then) there is nothing further.
    /// </summary>
    public DateTimeOffset? NextOccurrence(JsonObject payload, DateTimeOffset published, DateTimeOffset after)
    {
        var executeAt = WorkflowValues.ToDateTimeOffset(payload["executeAt"]);
        return executeAt > after ? executeAt
            : executeAt is not null && executeAt <= published && after <= published ? published.AddTicks(1)
            : null;
    }
}
