using System.Globalization;
using Jint.Runtime;

namespace Platform.Engine.Scripting;

/// <summary>
/// Gives scripts the platform's clock: <c>now()</c>, <c>new Date()</c> and <c>Date.now()</c> all read
/// <see cref="TimeProvider"/>, so reminders and SLAs computed in scripts follow a simulated clock in tests.
/// </summary>
internal sealed class ClockTimeSystem(TimeProvider clock, TimeZoneInfo zone) : ITimeSystem
{
    private readonly DefaultTimeSystem _calendar = new(zone, CultureInfo.InvariantCulture);

    public TimeZoneInfo DefaultTimeZone => zone;

    public DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public TimeSpan GetUtcOffset(long epochMilliseconds) => _calendar.GetUtcOffset(epochMilliseconds);

    public bool TryParse(string date, out long epochMilliseconds) => _calendar.TryParse(date, out epochMilliseconds);
}
