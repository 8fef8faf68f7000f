using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Expressions;

/// <summary>An Input expression: the value names a workflow input (JSON text <c>{"name":…}</c>); the result is that input.</summary>
public sealed class InputExpressionHandler : IExpressionHandler
{
    public string Type => "Input";

    public ValueTask<JsonNode?> EvaluateAsync(JsonNode? value, IExpressionScope scope, CancellationToken ct) =>
        ValueTask.FromResult(ExpressionReference.Text(ExpressionReference.Read(value)?["name"]) is { } name ? scope.GetInput(name) : null);
}
