using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;

namespace Platform.Engine.Workflows.Expressions;

/// <summary>
/// Reads the reference a Variable or Input expression holds: Elsa writes it as a string of JSON, a hand-written
/// definition may give the object itself or just the name.
/// </summary>
internal static class ExpressionReference
{
    public static JsonObject? Read(JsonNode? value)
    {
        switch (value)
        {
            case JsonObject reference:
                return reference;
            case JsonValue text when text.GetValueKind() == JsonValueKind.String:
                var json = text.GetValue<string>().Trim();
                if (!json.StartsWith('{'))
                {
                    return json.Length == 0 ? null : new JsonObject { ["id"] = json, ["name"] = json };
                }
                try
                {
                    return JsonNode.Parse(json) as JsonObject;
                }
                catch (JsonException e)
                {
                    throw new ExpressionException(Texts.Get("workflow.expression.json", e.Message));
                }
            default:
                return null;
        }
    }

    public static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { Length: > 0 } text ? text : null;
}
