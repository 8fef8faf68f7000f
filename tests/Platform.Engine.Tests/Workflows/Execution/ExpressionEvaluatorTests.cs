using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Platform.Engine.Identity;
using Platform.Engine.Workflows;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Expressions;
using static Platform.Engine.Tests.Workflows.Execution.ElsaJson;

namespace Platform.Engine.Tests.Workflows.Execution;

/// <summary>The expression types evaluated by the interpreter itself, read through a node's inputs outside a run.</summary>
public sealed class ExpressionEvaluatorTests
{
    private static JsonObject Score => Variable("v-score", "Score", "Int32", "87");

    [Fact]
    public async Task Literal_IsTheValueAsWritten()
    {
        Assert.Equal("hello", (await EvaluateAsync(Literal("hello")))!.GetValue<string>());
        Assert.Equal("hi", (await EvaluateAsync(JsonValue.Create("hi")))!.GetValue<string>());
    }

    [Fact]
    public async Task MissingType_IsALiteral()
    {
        var input = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["value"] = "plain" } };

        Assert.Equal("plain", (await EvaluateAsync(input))!.GetValue<string>());
    }

    [Theory]
    [InlineData("Object")]
    [InlineData("Json")]
    public async Task ObjectAndItsOldNameJson_ReadJsonText(string type)
    {
        var value = await EvaluateAsync(Expression(type, "{\"score\":87,\"tags\":[\"hot\"]}"));

        Assert.Equal(87, value!["score"]!.GetValue<int>());
        Assert.Equal("hot", value["tags"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Object_FailsWithAnExpressionError_ForBrokenJson()
    {
        var error = await Assert.ThrowsAsync<ExpressionException>(() => EvaluateAsync(Expression("Object", "{\"score\":")));

        Assert.StartsWith("The expression's value is not valid JSON", error.Message);
    }

    [Fact]
    public async Task Variable_ReadsTheVariableNamedByItsJson()
    {
        Assert.Equal(87, (await EvaluateAsync(ReadVariable(Score)))!.GetValue<long>());
        Assert.Equal(87, (await EvaluateAsync(Expression("Variable", "{\"name\":\"Score\"}")))!.GetValue<long>());
    }

    [Fact]
    public async Task Input_ReadsTheWorkflowInputNamedByItsJson()
    {
        var value = await EvaluateAsync(Expression("Input", "{\"name\":\"LeadId\"}"), new JsonObject { ["leadId"] = 42 });

        Assert.Equal(42, value!.GetValue<int>());
    }

    [Fact]
    public async Task UnknownType_FailsWithAnExpressionError()
    {
        var error = await Assert.ThrowsAsync<ExpressionException>(() => EvaluateAsync(Expression("CSharp", "1 + 1")));

        Assert.Equal("Expression type \"CSharp\" is not supported.", error.Message);
    }

    [Fact]
    public async Task ALaterHandler_ReplacesTheBuiltInOneOfTheSameType()
    {
        var services = new ServiceCollection().AddWorkflowExecution();
        services.AddSingleton<IExpressionHandler>(new ScriptedJavaScript(new Dictionary<string, Func<IExpressionScope, JsonNode?>>()));
        services.AddSingleton<IExpressionHandler>(new Shouting());

        var value = await EvaluateAsync(Literal("hi"), null, services);

        Assert.Equal("HI", value!.GetValue<string>());
    }

    private static async Task<JsonNode?> EvaluateAsync(JsonNode? input, JsonObject? workflowInput = null, IServiceCollection? services = null)
    {
        var provider = (services ?? new ServiceCollection().AddWorkflowExecution()).BuildServiceProvider();
        var definition = Workflow([Node("node", "Elsa.WriteLine", ("text", input))], [], [Score]);
        var environment = new WorkflowEnvironment("i", "test", "v1", 1, new FakeTimeProvider(), null, Actor.System);
        var read = provider.GetRequiredService<WorkflowInterpreter>()
            .InputReader(definition, definition.Root.Activities[0], environment, workflowInput, CancellationToken.None);
        return await read("text");
    }

    private sealed class Shouting : IExpressionHandler
    {
        public string Type => "Literal";

        public ValueTask<JsonNode?> EvaluateAsync(JsonNode? value, IExpressionScope scope, CancellationToken ct) =>
            ValueTask.FromResult<JsonNode?>(value?.GetValue<string>().ToUpperInvariant());
    }
}
