using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Scripting;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// <c>Platform.Schedule {cron, workingTimeOnly}</c>: starts an instance at each occurrence of a cron
/// expression in the platform's time zone ("0 9 * * 1" = Mondays 09:00); with <c>workingTimeOnly</c> an
/// occurrence on a holiday or after hours fires at the next working time instead. Further down a flow it
/// waits for the next occurrence.
/// </summary>
internal sealed class ScheduleActivity(WorkingCalendarService calendars, LocalCalendar local) : IScheduledTrigger
{
    public const string Name = "Platform.Schedule";

    public string Type => Name;

    public async ValueTask<IReadOnlyList<TriggerPayload>> IndexAsync(WorkflowActivity activity, Func<string, ValueTask<JsonNode?>> input, CancellationToken ct) =>
        [new TriggerPayload(Type, (await ScheduleRule.ReadAsync(input)).Payload())];

    public DateTimeOffset? NextOccurrence(JsonObject payload, DateTimeOffset published, DateTimeOffset after)
    {
        if (ScheduleRule.FromPayload(payload) is not { } rule)
        {
            return null;
        }
        // The calendar is kept in memory once read, so this waits on a database read at most once.
        var calendar = rule.WorkingTimeOnly ? calendars.CurrentAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult() : null;
        try
        {
            return rule.Next(after, local.Zone, calendar);
        }
        catch (ActivityFailedException)
        {
            // A payload indexed by an older version of the rules that no longer reads: it fires no more.
            return null;
        }
    }

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        if (context.IsTriggerOfWorkflow)
        {
            context.Complete();
            return;
        }
        var rule = await ScheduleRule.ReadAsync(name => context.InputAsync(name, ct));
        var now = context.Environment.Clock.GetUtcNow();
        var calendar = rule.WorkingTimeOnly ? await calendars.CurrentAsync(ct) : null;
        if (rule.Next(now, local.Zone, calendar) is not { } next)
        {
            context.Complete();
            return;
        }
        context.CreateBookmark(Type, new JsonObject { ["executeAt"] = Timestamps.Format(next), ["cron"] = rule.Cron }, next);
    }
}
