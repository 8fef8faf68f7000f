using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Activities;

namespace Platform.Engine.Tests.Workflows.Activities;

public sealed class DateRuleTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public void DueAt_IsThreeDaysBeforeTheDateAtNineLocal_WhenTheOffsetIsNegativeAndATimeIsSet()
    {
        var rule = new DateRule("opportunity", "expected_close", TimeSpan.FromDays(-3), new TimeOnly(9, 0));

        var due = rule.DueAt(JsonValue.Create("2026-07-10"), Shanghai);

        Assert.Equal(new DateTimeOffset(2026, 7, 7, 9, 0, 0, TimeSpan.FromHours(8)), due);
    }

    [Fact]
    public void DueAt_CountsFromTheStartOfTheLocalDay_WhenTheFieldIsADateAndNoTimeIsSet()
    {
        var rule = new DateRule("opportunity", "expected_close", TimeSpan.Zero, null);

        Assert.Equal(new DateTimeOffset(2026, 7, 10, 0, 0, 0, TimeSpan.FromHours(8)), rule.DueAt(JsonValue.Create("2026-07-10"), Shanghai));
    }

    [Fact]
    public void DueAt_KeepsTheInstantPlusTheOffset_WhenTheFieldIsADateTimeAndNoTimeIsSet()
    {
        var rule = new DateRule("meeting", "starts_at", TimeSpan.FromHours(-2), null);

        Assert.Equal(new DateTimeOffset(2026, 7, 10, 6, 30, 0, TimeSpan.Zero), rule.DueAt(JsonValue.Create("2026-07-10T08:30:00Z"), Shanghai));
    }

    [Fact]
    public void DueAt_TakesTheLocalDayOfTheMovedInstant_WhenADateTimeHasATimeOfDay()
    {
        // 2026-07-10 20:00 UTC is already the 11th in Shanghai: one day earlier is the 10th, at 09:00 there.
        var rule = new DateRule("meeting", "starts_at", TimeSpan.FromDays(-1), new TimeOnly(9, 0));

        Assert.Equal(new DateTimeOffset(2026, 7, 10, 9, 0, 0, TimeSpan.FromHours(8)), rule.DueAt(JsonValue.Create("2026-07-10T20:00:00Z"), Shanghai));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    public void DueAt_IsNull_WhenTheFieldHoldsNoDate(string? value)
    {
        var rule = new DateRule("opportunity", "expected_close", TimeSpan.Zero, null);

        Assert.Null(rule.DueAt(value is null ? null : JsonValue.Create(value), Shanghai));
    }

    [Fact]
    public void FromPayload_ReadsBackTheRule_WhenThePayloadWasWrittenByPayload()
    {
        var rule = new DateRule("opportunity", "expected_close", TimeSpan.FromDays(-3), new TimeOnly(9, 0));

        Assert.Equal(rule, DateRule.FromPayload(rule.Payload()));
        Assert.Equal("""{"entity":"opportunity","field":"expected_close","offset":"-3.00:00:00","time":"09:00"}""", rule.Payload().ToJsonString());
    }
}
