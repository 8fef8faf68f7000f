using System.Globalization;
using Platform.Engine.Entities;

namespace Platform.Engine.Records;

/// <summary>
/// Turns "last 7 days", "this month"… into a half-open range [from, to) in the platform's time zone,
/// written the way the field stores it (a date text or a UTC instant text).
/// </summary>
public static class RelativeDates
{
    public static readonly IReadOnlySet<string> Periods = new HashSet<string>(StringComparer.Ordinal)
    {
        "today", "yesterday", "this_week", "last_week", "this_month", "last_month", "this_quarter", "this_year", "last_year",
    };

    public static (DateOnly From, DateOnly To)? Period(string period, DateOnly today)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var month = new DateOnly(today.Year, today.Month, 1);
        var quarter = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        var year = new DateOnly(today.Year, 1, 1);
        return period switch
        {
            "today" => (today, today.AddDays(1)),
            "yesterday" => (today.AddDays(-1), today),
            "this_week" => (monday, monday.AddDays(7)),
            "last_week" => (monday.AddDays(-7), monday),
            "this_month" => (month, month.AddMonths(1)),
            "last_month" => (month.AddMonths(-1), month),
            "this_quarter" => (quarter, quarter.AddMonths(3)),
            "this_year" => (year, year.AddYears(1)),
            "last_year" => (year.AddYears(-1), year),
            _ => null,
        };
    }

    /// <summary>The last <paramref name="days"/> days up to and including today.</summary>
    public static (DateOnly From, DateOnly To) Last(int days, DateOnly today) => (today.AddDays(1 - days), today.AddDays(1));

    /// <summary>Today and the <paramref name="days"/> days after it.</summary>
    public static (DateOnly From, DateOnly To) Next(int days, DateOnly today) => (today, today.AddDays(days + 1));

    /// <summary>The range boundaries in the field's stored form.</summary>
    public static (string From, string To) Stored((DateOnly From, DateOnly To) range, FieldDefinition field, TimeZoneInfo zone)
    {
        if (field.Type == FieldTypeNames.Date)
        {
            return (range.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), range.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        return (Instant(range.From, zone), Instant(range.To, zone));
    }

    private static string Instant(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return Common.Timestamps.Format(new DateTimeOffset(local, zone.GetUtcOffset(local)));
    }
}
