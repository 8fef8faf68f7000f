using System.Text.Json.Nodes;
using Platform.Engine.Scripting;
using Platform.Engine.Workflows.Expressions;

namespace Platform.Engine.Tests.Workflows.Expressions;

public sealed class LiquidExpressionHandlerTests
{
    private static readonly LiquidExpressionHandler Handler = new(new LiquidTemplates());

    private static async Task<string?> RenderAsync(string template, TestScope scope) =>
        (await Handler.EvaluateAsync(JsonValue.Create(template), scope, CancellationToken.None))?.GetValue<string>();

    [Fact]
    public async Task Evaluate_RendersElsasModel()
    {
        var scope = TestScope.Lead(new JsonObject { ["Region"] = "East", ["budget"] = 50000 });

        var text = await RenderAsync(
            "{{ Variables.leadScore }}|{{ variables.owner_name }}|{{ Input.Region }}|{{ Input.budget }}|{{ CorrelationId }}|{{ WorkflowInstanceId }}|{{ WorkflowDefinitionId }}|{{ WorkflowDefinitionVersion }}|{{ WorkflowDefinitionVersionId }}",
            scope);

        Assert.Equal("12|Li Lei|East|50000|lead:42|instance-1|lead-intake|3|lead-intake-v1", text);
    }

    [Fact]
    public async Task Evaluate_SeesTheVariablesAsTheyAreNow()
    {
        var scope = TestScope.Lead();
        scope.SetVariable("tags", new JsonArray("vip", "hot"));
        scope.SetVariable("record", new JsonObject { ["name"] = "Acme", ["amount"] = 12000 });

        var text = await RenderAsync("{{ Variables.record.name | upcase }}:{% for t in Variables.tags %} {{ t }}{% endfor %}", scope);

        Assert.Equal("ACME: vip hot", text);
    }

    [Fact]
    public async Task Evaluate_RendersNothingForAMissingName()
    {
        Assert.Equal("[]", await RenderAsync("[{{ Variables.nothing }}{{ Input.nothing }}]", TestScope.Lead()));
    }

    [Fact]
    public async Task Evaluate_Throws_WhenTheTemplateDoesNotParse()
    {
        var error = await Assert.ThrowsAsync<ExpressionException>(() => RenderAsync("Hello {% if %}", TestScope.Lead()));

        Assert.Contains("Liquid", error.Message);
    }
}
