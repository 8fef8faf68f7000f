using Platform.Engine.Scripting;

namespace Platform.Engine.Tests.Scripting;

public sealed class CalendarPresetTests
{
    private static CalendarPreset Preset(string id) => CalendarPresets.All.Single(p => p.Id == id);

    [Fact]
    public void Presets_OfferChina2025And2026_LabelledInBothLanguages()
    {
        Assert.Equal(["cn-2025", "cn-2026"], CalendarPresets.All.Select(p => p.Id));
        Assert.All(CalendarPresets.All, p => Assert.True(p.Label.ContainsKey("zh-CN") && p.Label.ContainsKey("en")));
    }

    [Theory]
    [InlineData("cn-2025", 28, 5)]
    [InlineData("cn-2026", 33, 6)]
    public void Preset_ListsEveryDayOfTheNotice(string id, int holidays, int workingDays)
    {
        Assert.Equal(holidays, Preset(id).Holidays.Count);
        Assert.Equal(workingDays, Preset(id).WorkingDays.Count);
    }

    [Fact]
    public void Preset2026_HasNationalDayOffAndTheMakeUpSaturdayAfterIt()
    {
        var preset = Preset("cn-2026");

        Assert.Equal(Enumerable.Range(1, 7).Select(d => new DateOnly(2026, 10, d)), preset.Holidays.Where(h => h.Date.Month == 10).Select(h => h.Date));
        Assert.Equal(
            [new DateOnly(2026, 1, 4), new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 28), new DateOnly(2026, 5, 9), new DateOnly(2026, 9, 20), new DateOnly(2026, 10, 10)],
            preset.WorkingDays.Select(d => d.Date));
    }

    [Fact]
    public void Presets_PutEveryMakeUpDayOnAWeekend()
    {
        Assert.All(CalendarPresets.All.SelectMany(p => p.WorkingDays), d =>
            Assert.Contains(d.Date.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday }));
    }

    [Fact]
    public void Presets_PassTheSettingsRules_WhenLoadedTogether()
    {
        var settings = new WorkingCalendarSettings
        {
            Holidays = [.. CalendarPresets.All.SelectMany(p => p.Holidays)],
            WorkingDays = [.. CalendarPresets.All.SelectMany(p => p.WorkingDays)],
        };

        Assert.False(WorkingCalendarRules.Check(settings).Any);
    }
}
