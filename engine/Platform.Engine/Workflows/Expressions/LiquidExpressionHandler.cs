using System.Text.Json.Nodes;
using Platform.Engine.Scripting;

namespace Platform.Engine.Workflows.Expressions;

/// <summary>
/// <c>Liquid</c> expressions: the template is rendered over Elsa's model (<c>Variables</c>, <c>Input</c>,
/// <c>CorrelationId</c>, <c>WorkflowInstanceId</c>, <c>WorkflowDefinitionId</c>, <c>WorkflowDefinitionVersion</c>,
/// <c>WorkflowDefinitionVersionId</c>) and the result is the rendered text.
/// </summary>
public sealed class LiquidExpressionHandler(LiquidTemplates templates) : IExpressionHandler
{
    public string Type => "Liquid";

    public ValueTask<JsonNode?> EvaluateAsync(JsonNode? value, IExpressionScope scope, CancellationToken ct)
    {
        var template = value is JsonValue text && text.TryGetValue<string>(out var written) ? written : value?.ToJsonString();
        if (template is null)
        {
            return ValueTask.FromResult<JsonNode?>(null);
        }
        var rendered = templates.Render(template, Model(scope), "expression");
        return rendered.IsSuccess
            ? ValueTask.FromResult<JsonNode?>(JsonValue.Create(rendered.Value))
            : throw new ExpressionException(rendered.Failure.Detail);
    }

    /// <summary>The names a template sees; <c>variables</c> is a second spelling of <c>Variables</c>.</summary>
    public static JsonObject Model(IExpressionScope scope)
    {
        var variables = new JsonObject();
        foreach (var variable in scope.Variables)
        {
            if (!variables.ContainsKey(variable.Name))
            {
                variables[variable.Name] = scope.GetVariable(variable.Name)?.DeepClone();
            }
        }
        var environment = scope.Environment;
        return new JsonObject
        {
            ["Variables"] = variables,
            ["variables"] = variables.DeepClone(),
            ["Input"] = scope.Workflow.Input.DeepClone(),
            ["CorrelationId"] = scope.Workflow.CorrelationId,
            ["WorkflowInstanceId"] = environment.InstanceId,
            ["WorkflowDefinitionId"] = environment.DefinitionId,
            ["WorkflowDefinitionVersion"] = environment.Version,
            ["WorkflowDefinitionVersionId"] = environment.DefinitionVersionId,
        };
    }
}
