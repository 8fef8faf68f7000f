using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;

namespace Platform.Engine.Workflows.Expressions;

/// <summary>A Variable expression: the value names a variable (JSON text <c>{"id":…,"name":…}</c>); the result is its current value.</summary>
public sealed class VariableExpressionHandler : IExpressionHandler
{
    public string Type => "Variable";

    public ValueTask<JsonNode?> EvaluateAsync(JsonNode? value, IExpressionScope scope, CancellationToken ct)
    {
        var reference = ExpressionReference.Read(value);
        var id = ExpressionReference.Text(reference?["id"]);
        var name = ExpressionReference.Text(reference?["name"]);
        // The id decides, as in Elsa; a reference copied from another definition may only match by name.
        var key = id is not null && (name is null || scope.Variables.Any(v => v.Id == id || v.Name == id)) ? id
            : name ?? throw new ExpressionException(Texts.Get("workflow.variable.notFound", value?.ToJsonString() ?? "null"));
        return ValueTask.FromResult(scope.GetVariable(key));
    }
}
