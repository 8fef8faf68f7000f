using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Calendar;

/// <summary>A server of its own, on which nothing is ever saved.</summary>
public sealed class CalendarDefaultTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task GetCalendar_ReturnsSaturdaySundayNineToSix_WhenNothingWasSaved()
    {
        using var admin = await factory.AdminAsync();

        var settings = await admin.GetJsonAsync("/api/settings/calendar");

        Assert.Equal(
            """{"weekend":["saturday","sunday"],"holidays":[],"workingDays":[],"dayStart":"09:00","dayEnd":"18:00"}""",
            settings.GetRawText());
    }
}
