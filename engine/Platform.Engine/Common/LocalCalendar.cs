using Microsoft.Extensions.Options;

namespace Platform.Engine.Common;

/// <summary>
/// The platform's own idea of "today": relative date filters, "today" defaults and date parts of
/// auto-numbers all follow the configured time zone, not the server machine's.
/// </summary>
public sealed class LocalCalendar(TimeProvider clock, IOptions<RegionalOptions> options)
{
    public TimeZoneInfo Zone { get; } = string.IsNullOrEmpty(options.Value.TimeZone)
        ? clock.LocalTimeZone
        : TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
}
