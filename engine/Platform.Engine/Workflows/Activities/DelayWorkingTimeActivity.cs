using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Scripting;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// <c>Platform.DelayWorkingTime</c>: waits <c>duration</c> of working time on the working calendar ("2.00:00:00"
/// = two full working days of hours), or until the instant <c>until</c>, moved forward to working time when it
/// falls outside it. A timer bookmark <c>Platform.DelayWorkingTime {resumeAt}</c> with that due time; a moment
/// already past completes at once.
/// </summary>
internal sealed class DelayWorkingTimeActivity(WorkingCalendarService calendars) : IActivityHandler
{
    public string Type => "Platform.DelayWorkingTime";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var now = context.Environment.Clock.GetUtcNow();
        DateTimeOffset due;
        if (await context.SpanAsync("duration", ct) is { } duration)
        {
            due = await WorkingTime.AddAsync(calendars, now, duration, "duration", ct);
        }
        else if (await context.InstantAsync("until", ct) is { } until)
        {
            due = await WorkingTime.AddAsync(calendars, until, TimeSpan.Zero, "until", ct);
        }
        else
        {
            throw ActivityInputs.Missing("duration");
        }
        if (due <= now)
        {
            context.Complete();
            return;
        }
        context.CreateBookmark(Type, new JsonObject { ["resumeAt"] = Timestamps.Format(due) }, due);
    }
}
