using System.Text.Json.Nodes;
using Cronos;
using Platform.Engine.Common;
using Platform.Engine.Scripting;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// A <c>Platform.Schedule</c>: a cron expression of 5 fields (minute first) or 6 (seconds first) read in the
/// platform's time zone, and whether an occurrence outside working time moves to the next working time.
/// </summary>
public sealed record ScheduleRule(string Cron, bool WorkingTimeOnly)
{
    // More than a year of consecutive occurrences outside working time means the rule never fires in it.
    private const int MaxSkipped = 100_000;

    public JsonObject Payload() => new() { ["cron"] = Cron, ["workingTimeOnly"] = WorkingTimeOnly };

    public static async ValueTask<ScheduleRule> ReadAsync(Func<string, ValueTask<JsonNode?>> input)
    {
        var cron = InputValues.Text(await input("cron")) ?? throw ActivityInputs.Missing("cron");
        var rule = new ScheduleRule(cron.Trim(), InputValues.Flag(await input("workingTimeOnly"), "workingTimeOnly"));
        rule.Expression();
        return rule;
    }

    public static ScheduleRule? FromPayload(JsonObject payload) =>
        InputValues.Text(payload["cron"]) is { } cron ? new ScheduleRule(cron, payload["workingTimeOnly"] is JsonValue v && v.TryGetValue<bool>(out var flag) && flag) : null;

    /// <summary>
    /// The first occurrence strictly after <paramref name="after"/>; with <see cref="WorkingTimeOnly"/>, moved to
    /// the next working time of <paramref name="calendar"/> (several occurrences outside it fold into one).
    /// </summary>
    public DateTimeOffset? Next(DateTimeOffset after, TimeZoneInfo zone, WorkingCalendar? calendar)
    {
        var expression = Expression();
        var from = after;
        for (var i = 0; i < MaxSkipped; i++)
        {
            if (expression.GetNextOccurrence(from, zone) is not { } next)
            {
                return null;
            }
            if (calendar is null || !WorkingTimeOnly)
            {
                return next;
            }
            var moved = calendar.AddWorkingTime(next, TimeSpan.Zero);
            if (moved > after)
            {
                return moved;
            }
            from = next;
        }
        return null;
    }

    private CronExpression Expression()
    {
        var fields = Cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        try
        {
            return fields switch
            {
                5 => CronExpression.Parse(Cron, CronFormat.Standard),
                6 => CronExpression.Parse(Cron, CronFormat.IncludeSeconds),
                _ => throw new ActivityFailedException(Texts.Get("activity.schedule.fields", Cron)),
            };
        }
        catch (CronFormatException e)
        {
            throw new ActivityFailedException(Texts.Get("activity.schedule.cron", Cron, e.Message));
        }
    }
}
