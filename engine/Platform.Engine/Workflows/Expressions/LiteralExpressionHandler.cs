using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Expressions;

/// <summary>A Literal: the value as written. A copy, so what an activity stores never aliases the definition's JSON.</summary>
public sealed class LiteralExpressionHandler : IExpressionHandler
{
    public string Type => "Literal";

    public ValueTask<JsonNode?> EvaluateAsync(JsonNode? value, IExpressionScope scope, CancellationToken ct) =>
        ValueTask.FromResult(value?.DeepClone());
}
