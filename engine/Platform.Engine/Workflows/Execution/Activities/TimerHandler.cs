using System.Globalization;
using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution.Activities;

/// <summary>
/// Elsa.Timer. As a trigger it starts an instance every <c>interval</c> (counted from publication) and completes at
/// once in it; inside a flow it waits once, on the bookmark <c>Elsa.Timer {resumeAt}</c>.
/// </summary>
public sealed class TimerHandler : IScheduledTrigger
{
    private static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(1);

    public string Type => "Elsa.Timer";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        if (context.IsTriggerOfWorkflow)
        {
            context.Complete();
            return;
        }
        var resumeAt = context.Environment.Clock.GetUtcNow() + (WorkflowValues.ToTimeSpan(await context.InputAsync("interval", ct)) ?? DefaultInterval);
        context.CreateBookmark(Type, new JsonObject { ["resumeAt"] = WorkflowValues.FromInstant(resumeAt) }, resumeAt);
    }

    public async ValueTask<IReadOnlyList<TriggerPayload>> IndexAsync(WorkflowActivity activity, Func<string, ValueTask<JsonNode?>> input, CancellationToken ct)
    {
        var interval = WorkflowValues.ToTimeSpan(await input("interval")) ?? DefaultInterval;
        return [new TriggerPayload(Type, new JsonObject { ["interval"] = interval.ToString("c", CultureInfo.InvariantCulture) })];
    }

    public DateTimeOffset? NextOccurrence(JsonObject payload, DateTimeOffset published, DateTimeOffset after)
    {
        var interval = WorkflowValues.ToTimeSpan(payload["interval"]) ?? DefaultInterval;
        if (interval <= TimeSpan.Zero)
        {
            return null;
        }
        if (after < published)
        {
            return published + interval;
        }
        var elapsed = (after - published).Ticks / interval.Ticks;
        return published + TimeSpan.FromTicks(interval.Ticks * (elapsed + 1));
    }
}
