using System.Globalization;
using Platform.Engine.Common;

namespace Platform.Engine.Scripting;

/// <summary>
/// What saved calendar settings must satisfy. Errors are keyed as the wire names the part at fault
/// (<c>weekend</c>, <c>holidays[2].date</c>, <c>dayStart</c>), so a form can show each where it belongs.
/// </summary>
public static class WorkingCalendarRules
{
    public const int MaxDays = 1000;
    public const int MaxNameLength = 100;

    public static ValidationErrors Check(WorkingCalendarSettings settings)
    {
        var errors = new ValidationErrors();
        CheckWeekend(settings.Weekend ?? [], errors);
        var holidays = CheckDays("holidays", settings.Holidays ?? [], errors);
        var working = CheckDays("workingDays", settings.WorkingDays ?? [], errors);
        for (var i = 0; i < working.Count; i++)
        {
            if (working[i] is { } day && holidays.Contains(day))
            {
                errors.Add($"workingDays[{i}].date", Texts.Get("calendar.day.both", Format(day)));
            }
        }
        CheckHours(settings, errors);
        return errors;
    }

    /// <summary>The settings as stored: days in date order, names trimmed (blank ones dropped), the weekend Monday first.</summary>
    public static WorkingCalendarSettings Normalize(WorkingCalendarSettings settings) => settings with
    {
        Weekend = [.. (settings.Weekend ?? []).Distinct().OrderBy(WeekdayNames.Order)],
        Holidays = Sorted(settings.Holidays),
        WorkingDays = Sorted(settings.WorkingDays),
    };

    /// <summary>A time of day written exactly <c>HH:mm</c>.</summary>
    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void CheckWeekend(DayOfWeek[] weekend, ValidationErrors errors)
    {
        foreach (var repeated in weekend.GroupBy(d => d).Where(g => g.Count() > 1))
        {
            errors.Add("weekend", Texts.Get("calendar.weekend.repeat", WeekdayNames.Name(repeated.Key)));
        }
        if (weekend.Distinct().Count() >= 7)
        {
            errors.Add("weekend", Texts.Get("calendar.weekend.all"));
        }
    }

    // Answers the dates listed, by position (null where the entry has none), for the cross-list check.
    private static List<DateOnly?> CheckDays(string list, List<CalendarDay> days, ValidationErrors errors)
    {
        if (days.Count > MaxDays)
        {
            errors.Add(list, Texts.Get("calendar.days.tooMany", MaxDays));
        }
        var seen = new HashSet<DateOnly>();
        var dates = new List<DateOnly?>(days.Count);
        for (var i = 0; i < days.Count; i++)
        {
            if (days[i] is not { } day)
            {
                errors.Add($"{list}[{i}]", Texts.Get("calendar.day.entry"));
                dates.Add(null);
                continue;
            }
            if (!seen.Add(day.Date))
            {
                errors.Add($"{list}[{i}].date", Texts.Get("calendar.day.repeat", Format(day.Date)));
            }
            if (day.Name is { Length: > MaxNameLength })
            {
                errors.Add($"{list}[{i}].name", Texts.Get("calendar.day.name", MaxNameLength));
            }
            dates.Add(day.Date);
        }
        return dates;
    }

    private static void CheckHours(WorkingCalendarSettings settings, ValidationErrors errors)
    {
        var startValid = TryParseTime(settings.DayStart, out var start);
        var endValid = TryParseTime(settings.DayEnd, out var end);
        if (!startValid)
        {
            errors.Add("dayStart", Texts.Get("calendar.time"));
        }
        if (!endValid)
        {
            errors.Add("dayEnd", Texts.Get("calendar.time"));
        }
        if (startValid && endValid && end <= start)
        {
            errors.Add("dayEnd", Texts.Get("calendar.hours"));
        }
    }

    private static List<CalendarDay> Sorted(List<CalendarDay>? days) =>
        [.. (days ?? []).Select(d => d with { Name = string.IsNullOrWhiteSpace(d.Name) ? null : d.Name.Trim() }).OrderBy(d => d.Date)];
}
