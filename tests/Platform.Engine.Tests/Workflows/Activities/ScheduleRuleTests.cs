using Platform.Engine.Scripting;
using Platform.Engine.Workflows.Activities;

namespace Platform.Engine.Tests.Workflows.Activities;

public sealed class ScheduleRuleTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly TimeSpan Local = TimeSpan.FromHours(8);

    // Monday 2026-10-05 falls in the National Day holiday (10-01 to 10-07); Saturday 10-10 is a make-up working day.
    private static readonly WorkingCalendar Calendar = new(new WorkingCalendarSettings
    {
        Holidays = [.. Enumerable.Range(1, 7).Select(d => new CalendarDay(new DateOnly(2026, 10, d), "National Day"))],
        WorkingDays = [new CalendarDay(new DateOnly(2026, 10, 10), "make-up day")],
    }, Shanghai);

    [Fact]
    public void Next_IsMondayNineLocal_ForAFiveFieldCronInThePlatformTimeZone()
    {
        var rule = new ScheduleRule("0 9 * * 1", WorkingTimeOnly: false);

        var next = rule.Next(new DateTimeOffset(2026, 9, 23, 12, 0, 0, Local), Shanghai, null);

        Assert.Equal(new DateTimeOffset(2026, 9, 28, 9, 0, 0, Local), next);
    }

    [Fact]
    public void Next_ReadsSecondsFirst_ForASixFieldCron()
    {
        var rule = new ScheduleRule("30 0 9 * * *", WorkingTimeOnly: false);

        Assert.Equal(new DateTimeOffset(2026, 9, 24, 9, 0, 30, Local), rule.Next(new DateTimeOffset(2026, 9, 23, 12, 0, 0, Local), Shanghai, null));
    }

    [Fact]
    public void Next_MovesAHolidayMondayToTheNextWorkingMorning_WhenWorkingTimeOnly()
    {
        var rule = new ScheduleRule("0 9 * * 1", WorkingTimeOnly: true);

        var next = rule.Next(new DateTimeOffset(2026, 10, 1, 0, 0, 0, Local), Shanghai, Calendar);

        Assert.Equal(new DateTimeOffset(2026, 10, 8, 9, 0, 0, Local), next);
    }

    [Fact]
    public void Next_FoldsOccurrencesOutsideWorkingTimeIntoOneFire_WhenWorkingTimeOnly()
    {
        var rule = new ScheduleRule("0 * * * *", WorkingTimeOnly: true);
        var fired = new List<DateTimeOffset>();
        var at = new DateTimeOffset(2026, 9, 25, 16, 30, 0, Local);

        for (var i = 0; i < 3; i++)
        {
            at = rule.Next(at, Shanghai, Calendar)!.Value;
            fired.Add(at);
        }

        // Working hours are 09:00–18:00: from 18:00 on Friday every hour of the night and the weekend folds into Monday 09:00.
        Assert.Equal([new(2026, 9, 25, 17, 0, 0, Local), new(2026, 9, 28, 9, 0, 0, Local), new(2026, 9, 28, 10, 0, 0, Local)], fired);
    }

    [Theory]
    [InlineData("0 9 * *")]
    [InlineData("0 61 * * 1")]
    public void ReadAsync_FaultsNamingTheCron_WhenTheExpressionIsNotValid(string cron)
    {
        var error = Assert.Throws<ActivityFailedException>(() => ScheduleRule.ReadAsync(name => ValueTask.FromResult<System.Text.Json.Nodes.JsonNode?>(name == "cron" ? cron : null)).AsTask().GetAwaiter().GetResult());

        Assert.Contains(cron, error.Message);
    }
}
