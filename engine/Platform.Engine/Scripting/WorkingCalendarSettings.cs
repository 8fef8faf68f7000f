using System.Text.Json.Serialization;

namespace Platform.Engine.Scripting;

/// <summary>
/// The working week and its exceptions, kept in platform settings. Chinese public holidays move
/// weekends around (调休), so make-up working days are listed as explicitly as holidays.
/// </summary>
public sealed record WorkingCalendarSettings
{
    [JsonConverter(typeof(WeekendJsonConverter))]
    public DayOfWeek[] Weekend { get; init; } = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    public List<CalendarDay> Holidays { get; init; } = [];

    /// <summary>Days that are worked although they fall on the weekend.</summary>
    public List<CalendarDay> WorkingDays { get; init; } = [];

    /// <summary>Start of the working day, local time, <c>HH:mm</c>.</summary>
    public string DayStart { get; init; } = "09:00";

    /// <summary>End of the working day, local time, <c>HH:mm</c>.</summary>
    public string DayEnd { get; init; } = "18:00";
}
