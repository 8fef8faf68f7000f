using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Expressions;

/// <summary>
/// Evaluates one kind of expression (<c>Literal</c>, <c>Object</c>, <c>JavaScript</c>, <c>Variable</c>, <c>Input</c>,
/// <c>Liquid</c>). Handlers are registered in DI and chosen by <see cref="Type"/>; a failure throws
/// <see cref="ExpressionException"/>.
/// </summary>
public interface IExpressionHandler
{
    string Type { get; }

    ValueTask<JsonNode?> EvaluateAsync(JsonNode? value, IExpressionScope scope, CancellationToken ct);
}
