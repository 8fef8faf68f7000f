using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Scripting;

namespace Platform.Engine.Tests.Scripting;

public sealed class WorkingCalendarServiceTests : EngineTest
{
    private WorkingCalendarService Service => Engine.Get<WorkingCalendarService>();

    private static readonly WorkingCalendarSettings NationalDay = new()
    {
        Weekend = [DayOfWeek.Sunday, DayOfWeek.Saturday],
        Holidays = [new(new DateOnly(2026, 10, 2), " 国庆节 "), new(new DateOnly(2026, 10, 1), "国庆节")],
        WorkingDays = [new(new DateOnly(2026, 10, 10), "国庆节调休")],
        DayStart = "08:30",
        DayEnd = "17:30",
    };

    [Fact]
    public async Task Current_IsSaturdaySundayNineToSix_WhenNothingWasSaved()
    {
        var settings = (await Service.CurrentAsync(CancellationToken.None)).Settings;

        Assert.Equal([DayOfWeek.Saturday, DayOfWeek.Sunday], settings.Weekend);
        Assert.Empty(settings.Holidays);
        Assert.Empty(settings.WorkingDays);
        Assert.Equal(("09:00", "18:00"), (settings.DayStart, settings.DayEnd));
    }

    [Fact]
    public async Task Save_IsReadBackByAFreshService_AsIfTheServerRestarted()
    {
        await SaveAsync(NationalDay);

        var fresh = new WorkingCalendarService(Engine.Database, Engine.Get<WorkingCalendarStore>(), Engine.Get<LocalCalendar>(), Engine.Clock);
        var calendar = await fresh.CurrentAsync(CancellationToken.None);

        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 10, 2)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 10, 10)));
        Assert.Equal(("08:30", "17:30"), (calendar.Settings.DayStart, calendar.Settings.DayEnd));
        Assert.Equal(Engine.Get<LocalCalendar>().Zone, calendar.Zone);
    }

    [Fact]
    public async Task Save_SortsDaysAndTrimsNames_WhenStored()
    {
        var saved = await SaveAsync(NationalDay);

        Assert.Equal([new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 2)], saved.Holidays.Select(d => d.Date));
        Assert.Equal("国庆节", saved.Holidays[1].Name);
        Assert.Equal([DayOfWeek.Saturday, DayOfWeek.Sunday], saved.Weekend);
    }

    [Fact]
    public async Task Save_KeepsReadableJsonInSysSettings_WithTheTimeOfTheSave()
    {
        await SaveAsync(NationalDay);

        var row = await Engine.Database.ReadAsync(c => c.QuerySingleAsync<(string Value, string UpdatedAt)>(
            "SELECT value, updated_at FROM sys_settings WHERE key = 'calendar'"), CancellationToken.None);
        Assert.Contains("\"weekend\":[\"saturday\",\"sunday\"]", row.Value, StringComparison.Ordinal);
        Assert.Contains("{\"date\":\"2026-10-01\",\"name\":\"国庆节\"}", row.Value, StringComparison.Ordinal);
        Assert.Equal("2026-06-15T09:00:00.000Z", row.UpdatedAt);
    }

    [Fact]
    public async Task Current_ChangesAtOnce_WhenSettingsAreSavedAfterItWasCached()
    {
        var before = await Service.CurrentAsync(CancellationToken.None);
        Assert.True(before.IsWorkingDay(new DateOnly(2026, 10, 1)));

        await SaveAsync(NationalDay);

        Assert.False((await Service.CurrentAsync(CancellationToken.None)).IsWorkingDay(new DateOnly(2026, 10, 1)));
    }

    [Fact]
    public async Task Current_IsTheSameInstance_UntilASave()
    {
        var first = await Service.CurrentAsync(CancellationToken.None);

        Assert.Same(first, await Service.CurrentAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("""{"weekend":["monday","tuesday","wednesday","thursday","friday","saturday","sunday"]}""", "weekend")]
    [InlineData("""{"weekend":["saturday","saturday"]}""", "weekend")]
    [InlineData("""{"weekend":["samedi"]}""", "weekend")]
    [InlineData("""{"weekend":"saturday"}""", "weekend")]
    [InlineData("""{"holidays":[{"date":"2026-10-01"},{"date":"2026-02-30"}]}""", "holidays[1].date")]
    [InlineData("""{"holidays":[{"name":"no date"}]}""", "holidays[0].date")]
    [InlineData("""{"holidays":[{"date":"2026-10-01"},{"date":"2026-10-01"}]}""", "holidays[1].date")]
    [InlineData("""{"holidays":["2026-10-01"]}""", "holidays[0]")]
    [InlineData("""{"holidays":[{"date":"2026-10-01"}],"workingDays":[{"date":"2026-10-01"}]}""", "workingDays[0].date")]
    [InlineData("""{"workingDays":[{"date":"2026-09-20"},{"date":"2026-09-20"}]}""", "workingDays[1].date")]
    [InlineData("""{"dayStart":"9am"}""", "dayStart")]
    [InlineData("""{"dayStart":9}""", "dayStart")]
    [InlineData("""{"dayEnd":"24:00"}""", "dayEnd")]
    [InlineData("""{"dayStart":"18:00","dayEnd":"09:00"}""", "dayEnd")]
    [InlineData("""{"dayStart":"09:00","dayEnd":"09:00"}""", "dayEnd")]
    [InlineData("""[]""", "body")]
    public async Task Save_IsRefusedAtTheFaultyPartAndSavesNothing_WhenInvalid(string body, string key)
    {
        var result = await Service.SaveAsync(EngineFixture.Parse(body), CancellationToken.None);

        var failure = Assert.IsType<ValidationFailure>(result.Failure);
        Assert.True(failure.Errors.ContainsKey(key), EngineFixture.Describe(failure));
        Assert.Null(await Engine.Get<WorkingCalendarStore>().FindAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Save_IsRefused_WhenANameIsOver100Characters()
    {
        var result = await Service.SaveAsync(NationalDay with { Holidays = [new(new DateOnly(2026, 10, 1), new string('节', 101))] }, CancellationToken.None);

        Assert.Contains("holidays[0].name", Assert.IsType<ValidationFailure>(result.Failure).Errors.Keys);
    }

    [Fact]
    public async Task Save_IsRefused_WhenAListHoldsOver1000Days()
    {
        var many = Enumerable.Range(0, 1001).Select(i => new CalendarDay(new DateOnly(2026, 1, 1).AddDays(i))).ToList();

        var result = await Service.SaveAsync(NationalDay with { Holidays = many }, CancellationToken.None);

        Assert.Contains("holidays", Assert.IsType<ValidationFailure>(result.Failure).Errors.Keys);
    }

    [Fact]
    public async Task Save_KeepsThePreviousCalendar_WhenTheNewSettingsAreInvalid()
    {
        await SaveAsync(NationalDay);

        await Service.SaveAsync(EngineFixture.Parse("""{"dayStart":"late"}"""), CancellationToken.None);

        Assert.Equal("08:30", (await Service.CurrentAsync(CancellationToken.None)).Settings.DayStart);
        Assert.Equal("08:30", (await Engine.Get<WorkingCalendarStore>().FindAsync(CancellationToken.None))!.DayStart);
    }

    [Fact]
    public async Task Save_TakesDefaults_ForPropertiesLeftOutOfTheJson()
    {
        var result = await Service.SaveAsync(EngineFixture.Parse("""{"holidays":[{"date":"2026-10-01","name":"国庆节"}]}"""), CancellationToken.None);

        Assert.True(result.IsSuccess, EngineFixture.Describe(result.Failure));
        Assert.Equal([DayOfWeek.Saturday, DayOfWeek.Sunday], result.Value.Weekend);
        Assert.Equal(("09:00", "18:00"), (result.Value.DayStart, result.Value.DayEnd));
    }

    private async Task<WorkingCalendarSettings> SaveAsync(WorkingCalendarSettings settings)
    {
        var result = await Service.SaveAsync(settings, CancellationToken.None);
        Assert.True(result.IsSuccess, EngineFixture.Describe(result.Failure));
        return result.Value;
    }
}
