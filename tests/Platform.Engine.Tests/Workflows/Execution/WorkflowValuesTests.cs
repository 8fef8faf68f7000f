using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Tests.Workflows.Execution;

public sealed class WorkflowValuesTests
{
    [Theory]
    [InlineData("\"00:01:00\"", 0, 0, 1, 0)]
    [InlineData("\"2.00:00:00\"", 2, 0, 0, 0)]
    [InlineData("\"1.02:03:04\"", 1, 2, 3, 4)]
    [InlineData("\"PT90M\"", 0, 1, 30, 0)]
    public void ToTimeSpan_ReadsElsaAndIsoDurations(string json, int days, int hours, int minutes, int seconds) =>
        Assert.Equal(new TimeSpan(days, hours, minutes, seconds), WorkflowValues.ToTimeSpan(JsonNode.Parse(json)));

    [Fact]
    public void ToTimeSpan_FailsClearly_ForTextThatIsNoDuration()
    {
        var error = Assert.Throws<FormatException>(() => WorkflowValues.ToTimeSpan(JsonValue.Create("soon")));

        Assert.Equal("\"soon\" cannot be read as TimeSpan.", error.Message);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("\"True\"", true)]
    [InlineData("\"false\"", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("null", false)]
    public void ToBool_ReadsBooleansTextAndNumbers(string json, bool expected) =>
        Assert.Equal(expected, WorkflowValues.ToBool(JsonNode.Parse(json)));

    [Fact]
    public void Numbers_ReadFromNumbersAndText()
    {
        Assert.Equal(42, WorkflowValues.ToInt32(JsonNode.Parse("42")));
        Assert.Equal(42, WorkflowValues.ToInt32(JsonValue.Create(" 42 ")));
        Assert.Equal(1.25m, WorkflowValues.ToDecimal(JsonValue.Create(1.25)));
        Assert.Throws<FormatException>(() => WorkflowValues.ToInt32(JsonValue.Create(1.5)));
        Assert.Throws<FormatException>(() => WorkflowValues.ToDecimal(JsonValue.Create("many")));
    }

    [Fact]
    public void ToDateTimeOffset_TakesUtc_WhenNoOffsetIsGiven()
    {
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero), WorkflowValues.ToDateTimeOffset(JsonValue.Create("2026-07-01T08:00:00+08:00")));
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero), WorkflowValues.ToDateTimeOffset(JsonValue.Create("2026-07-01T08:00:00")));
    }

    [Theory]
    [InlineData("[\"GET\",\"POST\"]", new[] { "GET", "POST" })]
    [InlineData("\"[\\\"GET\\\"]\"", new[] { "GET" })]
    [InlineData("\"GET\"", new[] { "GET" })]
    public void ToStringArray_ReadsArraysTheirJsonTextAndSingleValues(string json, string[] expected) =>
        Assert.Equal(expected, WorkflowValues.ToStringArray(JsonNode.Parse(json)));

    [Fact]
    public void ToText_WritesNumbersAndObjectsAsJson()
    {
        Assert.Equal("87", WorkflowValues.ToText(JsonValue.Create(87)));
        Assert.Equal("{\"a\":1}", WorkflowValues.ToText(JsonNode.Parse("{\"a\":1}")));
        Assert.Equal("线索", WorkflowValues.ToText(JsonValue.Create("线索")));
        Assert.Null(WorkflowValues.ToText(null));
    }

    [Fact]
    public void ConvertTo_GivesAValueTheVariablesType()
    {
        Assert.Equal("3", WorkflowValues.ConvertTo(JsonValue.Create(3.0), "Int32")!.ToJsonString());
        Assert.Equal("3", WorkflowValues.ConvertTo(JsonValue.Create("3"), "Int64?")!.ToJsonString());
        Assert.Equal("\"3\"", WorkflowValues.ConvertTo(JsonValue.Create(3), "String")!.ToJsonString());
        Assert.Equal("true", WorkflowValues.ConvertTo(JsonValue.Create("true"), "Boolean")!.ToJsonString());
        Assert.Equal("{\"a\":1}", WorkflowValues.ConvertTo(JsonNode.Parse("{\"a\":1}"), "Object")!.ToJsonString());
        Assert.Throws<FormatException>(() => WorkflowValues.ConvertTo(JsonValue.Create("abc"), "Int32"));
    }
}
