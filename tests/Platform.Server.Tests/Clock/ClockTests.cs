using System.Net;
using Microsoft.Extensions.Time.Testing;
using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Clock;

/// <summary>Behaviour that depends on the date: each test runs its own server on a simulated clock in UTC.</summary>
public sealed class ClockTests
{
    [Fact]
    public async Task AutoNumber_RestartsItsCounter_WhenTheYearChanges()
    {
        var clock = Utc(new DateTimeOffset(2026, 12, 31, 22, 0, 0, TimeSpan.Zero));
        await using var app = PlatformFactory.With(clock);
        using var admin = await app.AdminAsync();
        var slug = Seed.Slug("coded");
        await admin.CreateEntityAsync($$$"""{"slug":"{{{slug}}}","label":{"en":"Coded"},"fields":[{"slug":"name","type":"text"},{"slug":"code","type":"autonumber","pattern":"L-{yyyy}-{0000}"}]}""");

        var first = await admin.CreateRecordAsync(slug, new { name = "a" });
        var second = await admin.CreateRecordAsync(slug, new { name = "b" });
        clock.Advance(TimeSpan.FromHours(3));
        var third = await admin.CreateRecordAsync(slug, new { name = "c" });

        Assert.Equal("L-2026-0001", first.GetProperty("code").GetString());
        Assert.Equal("L-2026-0002", second.GetProperty("code").GetString());
        Assert.Equal("L-2027-0001", third.GetProperty("code").GetString());
        Assert.Equal([third.GetProperty("id").GetInt64()], (await admin.ListAsync(slug, "q=L-2027")).Ids());
    }

    [Theory]
    [InlineData("""{"field":"signed","op":"last_days","value":7}""", "2026-11-16,2026-11-22")]
    [InlineData("""{"field":"signed","op":"next_days","value":1}""", "2026-11-22,2026-11-23")]
    [InlineData("""{"field":"signed","op":"period","value":"this_week"}""", "2026-11-16,2026-11-22")]
    [InlineData("""{"field":"signed","op":"period","value":"last_week"}""", "2026-11-15")]
    [InlineData("""{"field":"signed","op":"period","value":"today"}""", "2026-11-22")]
    [InlineData("""{"field":"signed","op":"period","value":"this_month"}""", "2026-11-15,2026-11-16,2026-11-22,2026-11-23")]
    [InlineData("""{"field":"met","op":"period","value":"yesterday"}""", "2026-11-15")]
    public async Task RelativeDateFilter_CountsFromTheServersToday_WhenWeeksStartOnMonday(string filter, string expected)
    {
        // Sunday 22 November 2026, late evening.
        await using var app = PlatformFactory.With(Utc(new DateTimeOffset(2026, 11, 22, 21, 0, 0, TimeSpan.Zero)));
        using var admin = await app.AdminAsync();
        var slug = Seed.Slug("dated");
        await admin.CreateEntityAsync($$$"""{"slug":"{{{slug}}}","label":{"en":"Dated"},"fields":[{"slug":"signed","type":"date"},{"slug":"met","type":"datetime"}]}""");
        foreach (var day in new[] { "2026-10-31", "2026-11-15", "2026-11-16", "2026-11-22", "2026-11-23" })
        {
            var met = day == "2026-11-15" ? "2026-11-21T23:30:00Z" : day + "T12:00:00+08:00";
            await admin.CreateRecordAsync(slug, new { signed = day, met });
        }

        var page = await admin.ListAsync(slug, Seed.Filter(filter) + "&sort=signed");

        Assert.Equal(expected.Split(','), page.Strings("signed"));
    }

    [Fact]
    public async Task DateDefaultToday_IsTheServersDate_WhenARecordIsCreated()
    {
        await using var app = PlatformFactory.With(Utc(new DateTimeOffset(2026, 2, 28, 23, 59, 0, TimeSpan.Zero)));
        using var admin = await app.AdminAsync();
        var slug = Seed.Slug("today");
        await admin.CreateEntityAsync($$$"""{"slug":"{{{slug}}}","label":{"en":"Today"},"fields":[{"slug":"day","type":"date","default":"today"},{"slug":"moment","type":"datetime","default":"now"}]}""");

        var record = await admin.CreateRecordAsync(slug, new { });

        Assert.Equal("2026-02-28", record.GetProperty("day").GetString());
        Assert.Equal(new DateTimeOffset(2026, 2, 28, 23, 59, 0, TimeSpan.Zero), record.GetProperty("moment").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 2, 28, 23, 59, 0, TimeSpan.Zero), record.GetProperty("createdAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Cookie_StopsWorking_WhenIdleForMoreThanFourteenDays()
    {
        var clock = Utc(DateTimeOffset.UtcNow);
        await using var app = PlatformFactory.With(clock);
        using var client = await app.SignInAsync();

        clock.Advance(TimeSpan.FromDays(13));
        await client.GetJsonAsync("/api/auth/me");
        clock.Advance(TimeSpan.FromDays(13));
        await client.GetJsonAsync("/api/auth/me");
        clock.Advance(TimeSpan.FromDays(15));

        await (await client.GetAsync("/api/auth/me")).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ApiKey_UpdatesLastUsedAtMostOnceAMinute_WhenUsedRepeatedly()
    {
        var start = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
        var clock = Utc(start);
        await using var app = PlatformFactory.With(clock);
        using var admin = await app.AdminAsync();
        using var bearer = await app.BearerAsync(admin, "timed");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await LastUsedAsync(admin)).ValueKind);

        await bearer.GetJsonAsync("/api/auth/me");
        var firstUse = await LastUsedAsync(admin);
        clock.Advance(TimeSpan.FromSeconds(30));
        await bearer.GetJsonAsync("/api/auth/me");
        var withinAMinute = await LastUsedAsync(admin);
        clock.Advance(TimeSpan.FromMinutes(5));
        await bearer.GetJsonAsync("/api/auth/me");
        var later = await LastUsedAsync(admin);

        Assert.Equal(start, firstUse.GetDateTimeOffset());
        Assert.Equal(start, withinAMinute.GetDateTimeOffset());
        Assert.Equal(start.AddSeconds(30).AddMinutes(5), later.GetDateTimeOffset());
    }

    private static async Task<System.Text.Json.JsonElement> LastUsedAsync(HttpClient admin) =>
        Assert.Single((await admin.GetJsonAsync("/api/api-keys")).EnumerateArray()).GetProperty("lastUsedAt");

    private static FakeTimeProvider Utc(DateTimeOffset now)
    {
        var clock = new FakeTimeProvider(now);
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        return clock;
    }
}
