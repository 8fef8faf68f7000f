using Platform.Engine.Common;

namespace Platform.Engine.Scripting;

/// <summary>
/// Working-day and working-time arithmetic over one <see cref="WorkingCalendarSettings"/>.
/// <para>
/// A day is a working day when it is listed as a make-up working day; otherwise when it is neither a
/// listed holiday nor a weekend day. Outside the listed days the calendar repeats every week, so long
/// spans are crossed a week at a time instead of a day at a time.
/// </para>
/// </summary>
public sealed class WorkingCalendar
{
    private readonly bool[] _weekend = new bool[7];
    private readonly int _workdaysPerWeek;
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workingDays;
    // Every listed date, by day number, sorted: the weekly pattern holds between them.
    private readonly int[] _listed;
    private readonly TimeOnly _dayStart;
    private readonly TimeOnly _dayEnd;
    // With at least one working weekday, a run of non-working days cannot outlast a week per holiday.
    private readonly long _longestRest;

    /// <exception cref="ArgumentException">The settings leave no working weekday or the hours are not valid.</exception>
    public WorkingCalendar(WorkingCalendarSettings settings, TimeZoneInfo zone)
    {
        Settings = settings;
        Zone = zone;
        foreach (var day in settings.Weekend ?? [])
        {
            _weekend[(int)day] = true;
        }
        _workdaysPerWeek = _weekend.Count(w => !w);
        if (_workdaysPerWeek == 0)
        {
            throw new ArgumentException(Texts.Get("calendar.weekend.all"), nameof(settings));
        }
        if (!WorkingCalendarRules.TryParseTime(settings.DayStart, out _dayStart)
            || !WorkingCalendarRules.TryParseTime(settings.DayEnd, out _dayEnd) || _dayEnd <= _dayStart)
        {
            throw new ArgumentException(Texts.Get("calendar.hours"), nameof(settings));
        }
        _holidays = [.. (settings.Holidays ?? []).Select(d => d.Date)];
        _workingDays = [.. (settings.WorkingDays ?? []).Select(d => d.Date)];
        _listed = [.. _holidays.Union(_workingDays).Select(d => d.DayNumber).Order()];
        _longestRest = 7L * (_holidays.Count + 1);
    }

    public WorkingCalendarSettings Settings { get; }

    public TimeZoneInfo Zone { get; }

    public bool IsWorkingDay(DateOnly day) =>
        _workingDays.Contains(day) || (!_holidays.Contains(day) && !_weekend[(int)day.DayOfWeek]);

    /// <summary>
    /// The day <paramref name="days"/> working days after (or before, when negative) <paramref name="day"/>;
    /// <paramref name="day"/> itself is not counted, and 0 answers <paramref name="day"/> unchanged.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The answer would fall before year 1 or after year 9999.</exception>
    public DateOnly AddDays(DateOnly day, int days)
    {
        if (days == 0)
        {
            return day;
        }
        var step = Math.Sign(days);
        long remaining = Math.Abs((long)days);
        long current = day.DayNumber;
        long resting = 0;
        while (true)
        {
            var weeks = Math.Min(WeeksWithoutListedDays(current, step), (remaining - 1) / _workdaysPerWeek);
            if (weeks > 0)
            {
                current += weeks * 7 * step;
                remaining -= weeks * _workdaysPerWeek;
                resting = 0;
            }
            current += step;
            var next = FromDayNumber(current, nameof(days));
            if (!IsWorkingDay(next))
            {
                // Unreachable for settings with a working weekday; kept so no input can loop for ever.
                if (++resting > _longestRest)
                {
                    throw new InvalidOperationException(Texts.Get("calendar.unreachable"));
                }
                continue;
            }
            resting = 0;
            if (--remaining == 0)
            {
                return next;
            }
        }
    }

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/> (Friday to the
    /// next Monday is 1, a day to itself 0); negative when <paramref name="to"/> is earlier.
    /// </summary>
    public int Between(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -Between(to, from);
        }
        var span = to.DayNumber - from.DayNumber;
        var count = span / 7 * _workdaysPerWeek;
        for (var i = 1; i <= span % 7; i++)
        {
            count += _weekend[((int)from.DayOfWeek + i) % 7] ? 0 : 1;
        }
        // The weekly count is right except on listed days, which may turn it either way.
        var first = LowerBound(from.DayNumber + 1);
        for (var i = first; i < _listed.Length && _listed[i] <= to.DayNumber; i++)
        {
            var listed = DateOnly.FromDayNumber(_listed[i]);
            count += (IsWorkingDay(listed) ? 1 : 0) - (_weekend[(int)listed.DayOfWeek] ? 0 : 1);
        }
        return count;
    }

    /// <summary>
    /// The instant <paramref name="duration"/> of working time after <paramref name="start"/>, counting only
    /// the hours from DayStart to DayEnd of working days in <see cref="Zone"/>. A start outside them counts
    /// from the next working period; a count that ends exactly at DayEnd answers DayEnd.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The duration is negative, or the answer is beyond year 9999.</exception>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), Texts.Get("calendar.duration"));
        }
        var local = TimeZoneInfo.ConvertTime(start, Zone).DateTime;
        var day = DateOnly.FromDateTime(local);
        var from = TimeOnly.FromDateTime(local);
        if (!IsWorkingDay(day) || from >= _dayEnd)
        {
            day = AddDays(day, 1);
            from = _dayStart;
        }
        else if (from < _dayStart)
        {
            from = _dayStart;
        }
        var left = _dayEnd - from;
        if (duration <= left)
        {
            return Instant(day, from.Add(duration));
        }
        // Whole working days beyond the first: the last one holds what remains after the others.
        var rest = duration - left;
        var length = _dayEnd - _dayStart;
        var more = (rest.Ticks / length.Ticks) + (rest.Ticks % length.Ticks == 0 ? 0 : 1);
        if (more > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), Texts.Get("calendar.range"));
        }
        var last = AddDays(day, (int)more);
        return Instant(last, _dayStart.Add(TimeSpan.FromTicks(rest.Ticks - (length.Ticks * (more - 1)))));
    }

    // A local time in a daylight-saving gap does not exist; the zone's offset just before it moves it forward.
    private DateTimeOffset Instant(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return TimeZoneInfo.ConvertTime(new DateTimeOffset(local, Zone.GetUtcOffset(local)), Zone);
    }

    // Whole weeks after (or before) the current day that hold no listed day, so they follow the weekly pattern.
    private long WeeksWithoutListedDays(long current, int step)
    {
        long free;
        if (step > 0)
        {
            var next = LowerBound(current + 1);
            free = next < _listed.Length ? _listed[next] - current - 1 : long.MaxValue;
        }
        else
        {
            var previous = LowerBound(current) - 1;
            free = previous >= 0 ? current - _listed[previous] - 1 : long.MaxValue;
        }
        return free / 7;
    }

    // The position of the first listed day number at or after the given one.
    private int LowerBound(long dayNumber)
    {
        var index = Array.BinarySearch(_listed, (int)Math.Clamp(dayNumber, int.MinValue, int.MaxValue));
        return index >= 0 ? index : ~index;
    }

    private static DateOnly FromDayNumber(long dayNumber, string parameter) =>
        dayNumber >= DateOnly.MinValue.DayNumber && dayNumber <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber((int)dayNumber)
            : throw new ArgumentOutOfRangeException(parameter, Texts.Get("calendar.range"));
}
