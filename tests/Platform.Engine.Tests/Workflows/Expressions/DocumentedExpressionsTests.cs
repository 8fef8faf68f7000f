using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Platform.Engine.Scripting;
using Platform.Engine.Tests.Scripting;
using Platform.Engine.Workflows;
using Platform.Engine.Workflows.Expressions;

namespace Platform.Engine.Tests.Workflows.Expressions;

/// <summary>
/// The examples of docs/workflow-expressions.md: each <c>```js title="name"</c> or <c>```liquid title="name"</c>
/// block runs over the example workflow (<c>lead-follow-up.workflow</c> and <c>lead-follow-up.state</c>) and
/// gives what its <c>name.result</c> block says.
/// </summary>
public sealed partial class DocumentedExpressionsTests
{
    private static readonly Lazy<List<(string Language, string Title, string Code)>> Blocks = new(() =>
        [.. CodeBlock().Matches(File.ReadAllText(RepoFiles.PathOf("docs", "workflow-expressions.md")))
            .Select(m => (m.Groups["language"].Value, m.Groups["title"].Value, m.Groups["code"].Value))]);

    private static readonly JavaScriptExpressionHandler JavaScript = new(Sandboxes.Create());
    private static readonly LiquidExpressionHandler Liquid = new(new LiquidTemplates());

    private static IEnumerable<string> Titles => Blocks.Value.Where(b => b.Language is "js" or "liquid").Select(b => b.Title);

    public static TheoryData<string> Examples => [.. Titles];

    [Fact]
    public void Examples_AreThere_EachWithItsResult()
    {
        Assert.True(Titles.Count() >= 11);
        Assert.All(Titles, title => Block("json", title + ".result"));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_GivesTheDocumentedResult(string title)
    {
        var (language, _, code) = Blocks.Value.Single(b => b.Title == title && b.Language is "js" or "liquid");
        var expected = JsonNode.Parse(Block("json", title + ".result"))!.AsObject();
        var scope = Scope(runJavaScript: expected.ContainsKey("outcomes"));
        IExpressionHandler handler = language == "js" ? JavaScript : Liquid;

        JsonNode? result;
        try
        {
            result = await handler.EvaluateAsync(code, scope, CancellationToken.None);
        }
        catch (ExpressionException e)
        {
            var error = new JsonObject { ["message"] = e.Message, ["line"] = e.Line, ["column"] = e.Column };
            Assert.True(JsonNode.DeepEquals(expected["error"], error), $"{title}: {e.Message} ({e.Line}:{e.Column})");
            return;
        }
        Assert.Null(expected["error"]);
        Assert.True(JsonNode.DeepEquals(expected["result"], result), $"{title}: {result?.ToJsonString()}");
        var written = new JsonObject();
        foreach (var name in scope.Writes.Distinct())
        {
            written[name] = scope.GetVariable(name)?.DeepClone();
        }
        Assert.True(JsonNode.DeepEquals(expected["variables"] ?? new JsonObject(), written), $"{title}: {written.ToJsonString()}");
        Assert.Equal(expected["name"]?.GetValue<string>(), scope.Workflow.Name);
        Assert.Equal(expected["correlationId"]?.GetValue<string>() ?? "lead:42", scope.Workflow.CorrelationId);
        Assert.Equal(expected["outcomes"]?.AsArray().Select(o => o!.GetValue<string>()) ?? [], scope.Outcomes ?? []);
    }

    private static TestScope Scope(bool runJavaScript)
    {
        var document = JsonNode.Parse(Block("json", "lead-follow-up.workflow"))!.AsObject();
        var state = JsonNode.Parse(Block("json", "lead-follow-up.state"))!.AsObject();
        var scope = new TestScope(WorkflowParser.Parse(document), state["input"]!.AsObject().DeepClone().AsObject(), runJavaScript,
            document["id"]!.GetValue<string>(), state["instanceId"]!.GetValue<string>(), state["correlationId"]!.GetValue<string>());
        foreach (var output in state["outputs"]!.AsArray())
        {
            scope.Record(output!["activityId"]!.GetValue<string>(), output["activityName"]!.GetValue<string>(), output["output"]!.GetValue<string>(), output["value"]?.DeepClone());
        }
        return scope;
    }

    private static string Block(string language, string title) =>
        Blocks.Value.SingleOrDefault(b => b.Language == language && b.Title == title).Code
            ?? throw new InvalidOperationException($"docs/workflow-expressions.md has no ```{language} title=\"{title}\" block");

    [GeneratedRegex("""^```(?<language>\w+) title="(?<title>[^"]+)"[^\n]*\n(?<code>.*?)\n```""", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CodeBlock();
}
