using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Activities;

namespace Platform.Engine.Tests.Workflows.Activities;

public sealed class ChangeConditionTests
{
    private static readonly JsonArray Changes = (JsonArray)JsonNode.Parse("""
        [{"field":"status","old":"new","new":"qualified"},{"field":"amount","old":9000,"new":12000.0}]
        """)!;

    [Theory]
    [InlineData("""{"field":"status"}""", true)]
    [InlineData("""{"field":"status","from":"new","to":"qualified"}""", true)]
    [InlineData("""{"field":"status","to":["qualified","won"]}""", true)]
    [InlineData("""{"field":"status","from":"qualified"}""", false)]
    [InlineData("""{"field":"owner"}""", false)]
    [InlineData("""{"field":"amount","from":"9000","to":12000}""", true)]
    [InlineData("""{"field":["owner","amount"]}""", true)]
    [InlineData("""{}""", true)]
    public async Task Matches_ChecksFieldChangedFromTo_AgainstTheUpdatesChanges(string inputs, bool expected)
    {
        var values = JsonNode.Parse(inputs)!.AsObject();
        var condition = await ChangeCondition.ReadAsync(name => ValueTask.FromResult(values[name]?.DeepClone()));

        Assert.Equal(expected, condition.Matches(Changes));
    }

    [Fact]
    public void Matches_IsTrueForAChangeToEmpty_WhenTheConditionIsToNull()
    {
        var condition = new ChangeCondition(["status"], [], [JsonValue.Create("")!]);

        Assert.True(condition.Matches((JsonArray)JsonNode.Parse("""[{"field":"status","old":"new","new":null}]""")!));
        Assert.False(condition.Matches(Changes));
    }
}
