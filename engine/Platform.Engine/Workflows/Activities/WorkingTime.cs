using Platform.Engine.Common;
using Platform.Engine.Scripting;

namespace Platform.Engine.Workflows.Activities;

/// <summary>Working-time arithmetic for activities: the platform's working calendar, with its errors as activity faults.</summary>
internal static class WorkingTime
{
    /// <summary><paramref name="span"/> of working time after <paramref name="start"/> (0 = the next working moment).</summary>
    public static async ValueTask<DateTimeOffset> AddAsync(WorkingCalendarService calendars, DateTimeOffset start, TimeSpan span, string input, CancellationToken ct)
    {
        if (span < TimeSpan.Zero)
        {
            throw new ActivityFailedException(Texts.Get("activity.input.negative", input));
        }
        var calendar = await calendars.CurrentAsync(ct);
        try
        {
            return calendar.AddWorkingTime(start, span);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new ActivityFailedException(Texts.Get("calendar.range"));
        }
    }
}
