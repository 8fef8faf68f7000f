using Platform.Engine.Scripting;

namespace Platform.Engine.Tests.Scripting;

/// <summary>Working-day arithmetic: <c>workingDays.add</c> and <c>workingDays.between</c> of scripts.</summary>
public sealed class WorkingDayTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static WorkingCalendar Calendar(string[]? holidays = null, string[]? workingDays = null) => new(new WorkingCalendarSettings
    {
        Holidays = [.. (holidays ?? []).Select(d => new CalendarDay(D(d)))],
        WorkingDays = [.. (workingDays ?? []).Select(d => new CalendarDay(D(d)))],
    }, Shanghai);

    private static WorkingCalendar China2026() => new(new WorkingCalendarSettings
    {
        Holidays = CalendarPresets.All.Single(p => p.Id == "cn-2026").Holidays,
        WorkingDays = CalendarPresets.All.Single(p => p.Id == "cn-2026").WorkingDays,
    }, Shanghai);

    [Fact]
    public void AddDays_SkipsTheWeekend_WhenCountingFromAFriday() =>
        Assert.Equal(D("2026-06-15"), Calendar().AddDays(D("2026-06-12"), 1));

    [Fact]
    public void AddDays_StartsAfterTheDay_WhenTheDayIsASaturday() =>
        Assert.Equal(D("2026-06-15"), Calendar().AddDays(D("2026-06-13"), 1));

    [Fact]
    public void AddDays_SkipsAHoliday_WhenOneFallsOnAWeekday() =>
        Assert.Equal(D("2026-06-22"), Calendar(holidays: ["2026-06-19"]).AddDays(D("2026-06-18"), 1));

    [Fact]
    public void AddDays_LandsOnAMakeUpSaturday_WhenOneFollows() =>
        Assert.Equal(D("2026-10-10"), China2026().AddDays(D("2026-10-09"), 1));

    [Fact]
    public void AddDays_CrossesTheYearEnd_OverNewYearHolidaysAndAMakeUpSunday() =>
        Assert.Equal(D("2026-01-05"), Calendar(["2026-01-01", "2026-01-02", "2026-01-03"], ["2026-01-04"]).AddDays(D("2025-12-31"), 2));

    [Fact]
    public void AddDays_CountsBackwards_WhenNIsNegative() =>
        Assert.Equal(D("2026-06-12"), Calendar().AddDays(D("2026-06-15"), -1));

    [Fact]
    public void AddDays_CountsBackwardsOverHolidays_WhenNIsNegative() =>
        Assert.Equal(D("2026-09-30"), China2026().AddDays(D("2026-10-08"), -1));

    [Fact]
    public void AddDays_AnswersTheDayItself_WhenNIsZero() =>
        Assert.Equal(D("2026-06-13"), Calendar().AddDays(D("2026-06-13"), 0));

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(37)]
    [InlineData(250)]
    [InlineData(-3)]
    [InlineData(-250)]
    public void AddDays_AgreesWithCountingDayByDay_AcrossTheHolidaysOfAYear(int n)
    {
        var calendar = China2026();
        var start = D("2025-11-03");
        Assert.Equal(CountDayByDay(calendar, start, n), calendar.AddDays(start, n));
    }

    [Fact]
    public void AddDays_IsRefusedQuickly_WhenTheAnswerWouldBeAfterYear9999() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar().AddDays(D("2026-01-01"), int.MaxValue));

    [Fact]
    public void Calendar_IsRefused_WhenEveryDayOfTheWeekIsWeekend() =>
        Assert.Throws<ArgumentException>(() => new WorkingCalendar(new WorkingCalendarSettings { Weekend = Enum.GetValues<DayOfWeek>() }, Shanghai));

    [Fact]
    public void AddDays_FindsTheNextWorkingDay_WhenHolidaysFillEveryWorkingDayForMonths()
    {
        var holidays = Enumerable.Range(0, 200).Select(i => D("2026-01-05").AddDays(7 * i).ToString("yyyy-MM-dd")).ToArray();
        var calendar = new WorkingCalendar(new WorkingCalendarSettings
        {
            Weekend = [DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday],
            Holidays = [.. holidays.Select(d => new CalendarDay(D(d)))],
        }, Shanghai);

        Assert.Equal(D("2026-01-05").AddDays(7 * 200), calendar.AddDays(D("2026-01-01"), 1));
    }

    [Fact]
    public void IsWorkingDay_IsTrue_ForAMakeUpSaturday() => Assert.True(China2026().IsWorkingDay(D("2026-10-10")));

    [Fact]
    public void IsWorkingDay_IsFalse_ForAHolidayOnAWeekday() => Assert.False(China2026().IsWorkingDay(D("2026-10-01")));

    [Fact]
    public void Between_CountsOne_FromAFridayToTheNextMonday() =>
        Assert.Equal(1, Calendar().Between(D("2026-06-12"), D("2026-06-15")));

    [Fact]
    public void Between_CountsZero_FromADayToItself() =>
        Assert.Equal(0, Calendar().Between(D("2026-06-15"), D("2026-06-15")));

    [Fact]
    public void Between_IsNegative_WhenTheSecondDayIsEarlier() =>
        Assert.Equal(-1, Calendar().Between(D("2026-06-15"), D("2026-06-12")));

    [Fact]
    public void Between_LeavesOutHolidaysAndCountsMakeUpDays_AcrossNationalDay() =>
        Assert.Equal(4, China2026().Between(D("2026-09-30"), D("2026-10-12")));

    [Theory]
    [InlineData("2025-12-20", "2026-12-31")]
    [InlineData("2026-02-01", "2026-03-01")]
    [InlineData("2026-05-09", "2026-05-09")]
    [InlineData("2026-10-31", "2026-01-01")]
    public void Between_AgreesWithCountingDayByDay_OverHolidaysAndMakeUpDays(string from, string to)
    {
        var calendar = China2026();
        var sign = D(to) < D(from) ? -1 : 1;
        var (low, high) = sign > 0 ? (D(from), D(to)) : (D(to), D(from));
        var expected = 0;
        for (var day = low.AddDays(1); day <= high; day = day.AddDays(1))
        {
            expected += calendar.IsWorkingDay(day) ? 1 : 0;
        }
        Assert.Equal(sign * expected, calendar.Between(D(from), D(to)));
    }

    [Fact]
    public void Between_UndoesAddDays_FromAWorkingDay()
    {
        var calendar = China2026();
        Assert.Equal(42, calendar.Between(D("2026-09-01"), calendar.AddDays(D("2026-09-01"), 42)));
    }

    private static DateOnly CountDayByDay(WorkingCalendar calendar, DateOnly start, int n)
    {
        var day = start;
        for (var left = Math.Abs(n); left > 0;)
        {
            day = day.AddDays(Math.Sign(n));
            left -= calendar.IsWorkingDay(day) ? 1 : 0;
        }
        return day;
    }
}
