using System.Text.Json.Nodes;
using Platform.Engine.Tests.Scripting;
using Platform.Engine.Workflows;
using Platform.Engine.Workflows.Expressions;

namespace Platform.Engine.Tests.Workflows.Expressions;

/// <summary>Every JavaScript expression of the Elsa samples, evaluated over its own workflow's declared variables.</summary>
public sealed class ElsaSampleExpressionTests
{
    private static readonly JavaScriptExpressionHandler Handler = new(Sandboxes.Create());

    public static TheoryData<string, string, string> Expressions => new()
    {
        { "ImportAndExecute__implicit-loop.json", "getCounter() + 1", "1" },
        { "ImportAndExecute__implicit-loop.json", "getCounter() > 1", "false" },
        { "JoinBehaviors__fork-decision-join-waitall.json", "return false;", "false" },
        { "JoinBehaviors__parallel-join.json", "[1,2,3]", "[1,2,3]" },
        { "JoinBehaviors__parallel-join.json", "false", "false" },
    };

    [Fact]
    public void Expressions_ListsEveryJavaScriptExpressionOfTheSamples()
    {
        var found = Directory.GetFiles(RepoFiles.PathOf("tests", "fixtures", "elsa"), "*.json")
            .SelectMany(file => JavaScript(JsonNode.Parse(File.ReadAllText(file))).Select(script => (Path.GetFileName(file), script)))
            .Order()
            .ToList();

        Assert.Equal(Expressions.Select(row => ((string)row[0], (string)row[1])).Order(), found);
    }

    [Theory]
    [MemberData(nameof(Expressions))]
    public async Task Evaluate_GivesWhatElsaGives_ForEachSampleExpression(string file, string script, string expected)
    {
        var scope = new TestScope(WorkflowParser.Parse(File.ReadAllText(RepoFiles.PathOf("tests", "fixtures", "elsa", file))));

        var result = await Handler.EvaluateAsync(script, scope, CancellationToken.None);

        Assert.Equal(expected, result?.ToJsonString());
    }

    private static IEnumerable<string> JavaScript(JsonNode? node) => node switch
    {
        JsonObject { } expression when expression["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
            && expression["type"]!.GetValue<string>() == "JavaScript" && expression["value"] is JsonValue value
            => [value.GetValue<string>()],
        JsonObject o => o.SelectMany(p => JavaScript(p.Value)),
        JsonArray a => a.SelectMany(JavaScript),
        _ => [],
    };
}
