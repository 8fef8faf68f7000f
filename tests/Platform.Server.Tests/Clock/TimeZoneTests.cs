using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Clock;

/// <summary>docs/api.md: relative dates use the server's time zone, <c>Platform:TimeZone</c>, default the machine's.</summary>
public sealed class TimeZoneTests
{
    [Fact]
    public async Task DateDefaultToday_FollowsPlatformTimeZone_WhenOneIsConfigured()
    {
        // UTC+14 and UTC-12 are always on different calendar days, so at most one can match the machine's.
        foreach (var zone in new[] { "Etc/GMT-14", "Etc/GMT+12" })
        {
            var before = TodayIn(zone);
            await using var app = PlatformFactory.With(settings: new Dictionary<string, string?> { ["Platform:TimeZone"] = zone });
            using var admin = await app.AdminAsync();
            var slug = Seed.Slug("tz");
            await admin.CreateEntityAsync($$$"""{"slug":"{{{slug}}}","label":{"en":"Zoned"},"fields":[{"slug":"day","type":"date","default":"today"}]}""");

            var record = await admin.CreateRecordAsync(slug, new { });
            var today = await admin.ListAsync(slug, Seed.Filter("""{"field":"day","op":"period","value":"today"}"""));

            Assert.Contains(record.GetProperty("day").GetString(), new[] { before, TodayIn(zone) });
            Assert.Single(today.Ids());
        }
    }

    private static string TodayIn(string zone) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zone)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
