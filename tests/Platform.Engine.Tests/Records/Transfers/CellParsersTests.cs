using Platform.Engine.Records.Transfers;

namespace Platform.Engine.Tests.Records.Transfers;

public sealed class CellParsersTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Theory]
    [InlineData("1234", "1234")]
    [InlineData("1,234.56", "1234.56")]
    [InlineData("1 234", "1234")]
    [InlineData("１２３４．５", "1234.5")]
    [InlineData("¥1,200", "1200")]
    [InlineData("￥88", "88")]
    [InlineData("$ 9.99", "9.99")]
    [InlineData("3,000元", "3000")]
    [InlineData("-1,234", "-1234")]
    [InlineData("(250)", "-250")]
    [InlineData("1.5E+3", "1500")]
    public void Number_ReadsTheValue_WhenWrittenAsPeopleDo(string cell, string expected)
    {
        var parsed = CellParsers.Number(cell, percent: false);
        Assert.True(parsed.Ok, parsed.Error);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), (decimal)parsed.Stored!);
    }

    [Theory]
    [InlineData("1,23")]
    [InlineData("12,34,567")]
    [InlineData("1.234,56")]
    [InlineData("twelve")]
    [InlineData("12%")]
    public void Number_IsRefused_WhenItsMeaningIsUnclear(string cell) =>
        Assert.False(CellParsers.Number(cell, percent: false).Ok);

    [Theory]
    [InlineData("12%", "12")]
    [InlineData("12.5 ％", "12.5")]
    [InlineData("7", "7")]
    public void Number_TakesAPercentSign_ForPercentFields(string cell, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), (decimal)CellParsers.Number(cell, percent: true).Stored!);

    [Fact]
    public void Number_KeepsAWorkbookNumberAsTyped_WhenItCarriesBinaryNoise() =>
        Assert.Equal(0.3m, (decimal)CellParsers.Number(0.1 + 0.2, percent: false).Stored!);

    [Theory]
    [InlineData("2026-06-15")]
    [InlineData("2026/6/15")]
    [InlineData("2026.6.15")]
    [InlineData("2026年6月15日")]
    [InlineData("2026 年 6 月 15 日")]
    [InlineData("20260615")]
    [InlineData("２０２６-０６-１５")]
    [InlineData("2026/6/15 0:00")]
    [InlineData("46188")]
    public void Date_ReadsCommonChineseAndIsoForms(string cell) =>
        Assert.Equal("2026-06-15", CellParsers.Date(cell).Stored);

    [Fact]
    public void Date_ReadsWorkbookDatesAndSerials()
    {
        Assert.Equal("2026-06-15", CellParsers.Date(new DateTime(2026, 6, 15)).Stored);
        Assert.Equal("2026-06-15", CellParsers.Date(46188d).Stored);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("15/06/2026")]
    [InlineData("2026-06-15 09:30")]
    [InlineData("tomorrow")]
    [InlineData("46188.5")]
    public void Date_IsRefused_WhenNotADayOrWhenATimeWouldBeLost(string cell) =>
        Assert.False(CellParsers.Date(cell).Ok);

    [Theory]
    [InlineData("2026-06-15 09:30", "2026-06-15T01:30:00.000Z")]
    [InlineData("2026/6/15 9:30:15", "2026-06-15T01:30:15.000Z")]
    [InlineData("2026年6月15日 9:30", "2026-06-15T01:30:00.000Z")]
    [InlineData("2026-06-15", "2026-06-14T16:00:00.000Z")]
    [InlineData("2026-06-15T09:30:00+02:00", "2026-06-15T07:30:00.000Z")]
    [InlineData("2026-06-15T09:30:00Z", "2026-06-15T09:30:00.000Z")]
    [InlineData("2026-06-15 09:30 +0800", "2026-06-15T01:30:00.000Z")]
    public void DateTime_ReadsLocalTimesInThePlatformZone_AndOffsetsAsGiven(string cell, string expected) =>
        Assert.Equal(expected, CellParsers.DateTime(cell, Shanghai).Stored);

    [Fact]
    public void DateTime_ReadsWorkbookCellsAsPlatformLocalTime()
    {
        Assert.Equal("2026-06-15T01:30:00.000Z", CellParsers.DateTime(new DateTime(2026, 6, 15, 9, 30, 0), Shanghai).Stored);
        Assert.Equal("2026-06-15T04:00:00.000Z", CellParsers.DateTime(46188.5, Shanghai).Stored);
    }

    [Theory]
    [InlineData("2026-06-15 25:00")]
    [InlineData("9:30")]
    [InlineData("2026-06-15T09:30:00+99:99")]
    public void DateTime_IsRefused_WhenNotAnInstant(string cell) =>
        Assert.False(CellParsers.DateTime(cell, Shanghai).Ok);

    [Theory]
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("Yes", true)]
    [InlineData("no", false)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("Y", true)]
    [InlineData("n", false)]
    [InlineData("√", true)]
    [InlineData("×", false)]
    public void Boolean_ReadsYesAndNoInChineseAndEnglish(string cell, bool expected) =>
        Assert.Equal(expected, CellParsers.Boolean(cell).Stored);

    [Theory]
    [InlineData("maybe")]
    [InlineData("2")]
    [InlineData("x")]
    public void Boolean_IsRefused_WhenNeitherYesNorNo(string cell) =>
        Assert.False(CellParsers.Boolean(cell).Ok);
}
