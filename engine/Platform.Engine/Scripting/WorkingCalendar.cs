namespace Platform.Engine.Scripting;

/// <summary>Working-day and working-time arithmetic over one <see cref="WorkingCalendarSettings"/>.</summary>
public sealed class WorkingCalendar(WorkingCalendarSettings settings, TimeZoneInfo zone)
{
    public WorkingCalendarSettings Settings { get; } = settings;

    public TimeZoneInfo Zone { get; } = zone;

    public bool IsWorkingDay(DateOnly day) => throw new NotImplementedException();

    /// <summary>The day <paramref name="days"/> working days after (or before, when negative) <paramref name="day"/>.</summary>
    public DateOnly AddDays(DateOnly day, int days) => throw new NotImplementedException();

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public int Between(DateOnly from, DateOnly to) => throw new NotImplementedException();

    /// <summary>The instant <paramref name="duration"/> of working time after <paramref name="start"/>.</summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan duration) => throw new NotImplementedException();
}
