using System.Globalization;
using System.Text.Json;
using Platform.Engine.Common;

namespace Platform.Engine.Scripting;

/// <summary>
/// Reads calendar settings from a request body by hand, so a bad day name or a date such as
/// 2026-02-30 is reported at its own key (<c>holidays[2].date</c>) instead of failing the whole body.
/// A property left out keeps its default.
/// </summary>
public static class WorkingCalendarSettingsJson
{
    public static Result<WorkingCalendarSettings> Read(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return ValidationFailure.For("body", Texts.Get("record.body"));
        }
        var errors = new ValidationErrors();
        var defaults = new WorkingCalendarSettings();
        var settings = new WorkingCalendarSettings
        {
            Weekend = Present(body, "weekend") is { } weekend ? ReadWeekend(weekend, errors) : defaults.Weekend,
            Holidays = Present(body, "holidays") is { } holidays ? ReadDays("holidays", holidays, errors) : [],
            WorkingDays = Present(body, "workingDays") is { } working ? ReadDays("workingDays", working, errors) : [],
            DayStart = Present(body, "dayStart") is { } start ? ReadText("dayStart", start, errors) : defaults.DayStart,
            DayEnd = Present(body, "dayEnd") is { } end ? ReadText("dayEnd", end, errors) : defaults.DayEnd,
        };
        return errors.Any ? errors.ToFailure() : settings;
    }

    private static JsonElement? Present(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static DayOfWeek[] ReadWeekend(JsonElement weekend, ValidationErrors errors)
    {
        if (weekend.ValueKind != JsonValueKind.Array)
        {
            errors.Add("weekend", Texts.Get("calendar.weekend.list"));
            return [];
        }
        var days = new List<DayOfWeek>();
        foreach (var item in weekend.EnumerateArray())
        {
            var name = item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText();
            if (WeekdayNames.TryParse(name, out var day))
            {
                days.Add(day);
            }
            else
            {
                errors.Add("weekend", Texts.Get("calendar.weekend.day", name));
            }
        }
        return [.. days];
    }

    private static List<CalendarDay> ReadDays(string list, JsonElement days, ValidationErrors errors)
    {
        if (days.ValueKind != JsonValueKind.Array)
        {
            errors.Add(list, Texts.Get("calendar.days.list"));
            return [];
        }
        var read = new List<CalendarDay>();
        var index = 0;
        foreach (var item in days.EnumerateArray())
        {
            if (ReadDay($"{list}[{index}]", item, errors) is { } day)
            {
                read.Add(day);
            }
            index++;
        }
        return read;
    }

    private static CalendarDay? ReadDay(string key, JsonElement item, ValidationErrors errors)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            errors.Add(key, Texts.Get("calendar.day.entry"));
            return null;
        }
        var date = item.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : (DateOnly?)null;
        if (date is null)
        {
            errors.Add($"{key}.date", Texts.Get("value.date"));
        }
        string? name = null;
        if (item.TryGetProperty("name", out var n) && n.ValueKind != JsonValueKind.Null)
        {
            if (n.ValueKind == JsonValueKind.String)
            {
                name = n.GetString();
            }
            else
            {
                errors.Add($"{key}.name", Texts.Get("calendar.day.name", WorkingCalendarRules.MaxNameLength));
            }
        }
        return date is { } day ? new CalendarDay(day, name) : null;
    }

    private static string ReadText(string key, JsonElement value, ValidationErrors errors)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString()!;
        }
        errors.Add(key, Texts.Get("calendar.time"));
        return "";
    }
}
