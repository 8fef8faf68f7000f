using Platform.Engine.Scripting;

namespace Platform.Engine.Tests.Scripting;

/// <summary>Working-time arithmetic, as a workflow's "delay by working time" uses it.</summary>
public sealed class WorkingTimeTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static readonly WorkingCalendar Calendar = new(new WorkingCalendarSettings
    {
        Holidays = [.. Enumerable.Range(1, 7).Select(d => new CalendarDay(new DateOnly(2026, 10, d), "国庆节"))],
        WorkingDays = [new CalendarDay(new DateOnly(2026, 10, 10), "国庆节调休")],
    }, Shanghai);

    private static DateTimeOffset At(string local) =>
        DateTimeOffset.Parse(local + "+08:00", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void AddWorkingTime_StaysInTheDay_WhenTheDurationFits() =>
        Assert.Equal(At("2026-06-15T11:30"), Calendar.AddWorkingTime(At("2026-06-15T10:00"), TimeSpan.FromMinutes(90)));

    [Fact]
    public void AddWorkingTime_ContinuesNextMorning_OverANight() =>
        Assert.Equal(At("2026-06-16T10:00"), Calendar.AddWorkingTime(At("2026-06-15T17:00"), TimeSpan.FromHours(2)));

    [Fact]
    public void AddWorkingTime_ContinuesOnMonday_OverAWeekend() =>
        Assert.Equal(At("2026-06-15T10:00"), Calendar.AddWorkingTime(At("2026-06-12T17:00"), TimeSpan.FromHours(2)));

    [Fact]
    public void AddWorkingTime_ContinuesAfterTheHolidays_OverNationalDay() =>
        Assert.Equal(At("2026-10-08T10:00"), Calendar.AddWorkingTime(At("2026-09-30T17:00"), TimeSpan.FromHours(2)));

    [Fact]
    public void AddWorkingTime_CountsOnAMakeUpSaturday_WhenOneFollows() =>
        Assert.Equal(At("2026-10-10T10:00"), Calendar.AddWorkingTime(At("2026-10-09T17:00"), TimeSpan.FromHours(2)));

    [Fact]
    public void AddWorkingTime_StartsAtTheNextWorkingPeriod_WhenStartedOnASaturday() =>
        Assert.Equal(At("2026-06-15T10:00"), Calendar.AddWorkingTime(At("2026-06-13T12:00"), TimeSpan.FromHours(1)));

    [Fact]
    public void AddWorkingTime_StartsAtDayStart_WhenStartedBeforeIt() =>
        Assert.Equal(At("2026-06-15T10:00"), Calendar.AddWorkingTime(At("2026-06-15T07:00"), TimeSpan.FromHours(1)));

    [Fact]
    public void AddWorkingTime_AnswersTheNextWorkingPeriod_WhenTheDurationIsZeroAfterHours() =>
        Assert.Equal(At("2026-06-16T09:00"), Calendar.AddWorkingTime(At("2026-06-15T18:00"), TimeSpan.Zero));

    [Fact]
    public void AddWorkingTime_AnswersDayEnd_WhenAWholeDayIsCounted() =>
        Assert.Equal(At("2026-06-15T18:00"), Calendar.AddWorkingTime(At("2026-06-15T09:00"), TimeSpan.FromHours(9)));

    [Fact]
    public void AddWorkingTime_SpansWholeDays_WhenTheDurationIsSeveralDays() =>
        Assert.Equal(At("2026-06-19T12:00"), Calendar.AddWorkingTime(At("2026-06-15T12:00"), TimeSpan.FromHours(36)));

    [Fact]
    public void AddWorkingTime_ReadsTheStartInTheCalendarsZone_WhenGivenInUtc()
    {
        var end = Calendar.AddWorkingTime(new DateTimeOffset(2026, 6, 15, 9, 30, 0, TimeSpan.Zero), TimeSpan.FromHours(1));

        Assert.Equal(At("2026-06-16T09:30"), end);
        Assert.Equal(TimeSpan.FromHours(8), end.Offset);
    }

    [Fact]
    public void AddWorkingTime_IsRefused_WhenTheDurationIsNegative() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingTime(At("2026-06-15T10:00"), TimeSpan.FromHours(-1)));

    [Fact]
    public void AddWorkingTime_IsRefusedQuickly_WhenTheDurationIsBeyondTheCalendar() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingTime(At("2026-06-15T10:00"), TimeSpan.MaxValue));
}
