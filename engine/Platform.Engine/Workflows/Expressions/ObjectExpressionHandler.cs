using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;

namespace Platform.Engine.Workflows.Expressions;

/// <summary>An Object expression: Elsa writes the value as a string of JSON (<c>"[\"GET\"]"</c>), read here into JSON.</summary>
public sealed class ObjectExpressionHandler : IExpressionHandler
{
    public string Type => "Object";

    public ValueTask<JsonNode?> EvaluateAsync(JsonNode? value, IExpressionScope scope, CancellationToken ct)
    {
        if (value is not JsonValue text || text.GetValueKind() != JsonValueKind.String)
        {
            // Already JSON (a hand-written definition may skip the string): taken as it is.
            return ValueTask.FromResult(value?.DeepClone());
        }
        var json = text.GetValue<string>();
        if (string.IsNullOrWhiteSpace(json))
        {
            return ValueTask.FromResult<JsonNode?>(null);
        }
        try
        {
            return ValueTask.FromResult(JsonNode.Parse(json));
        }
        catch (JsonException e)
        {
            throw new ExpressionException(Texts.Get("workflow.expression.json", e.Message), (int?)e.LineNumber + 1, (int?)e.BytePositionInLine + 1);
        }
    }
}
