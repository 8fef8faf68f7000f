using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Activities.Messages;

/// <summary>Reads the inputs of the message activities from the JSON values their expressions gave.</summary>
internal static class MessageInputs
{
    /// <summary>A string as written; any other JSON value as its JSON text; null when absent.</summary>
    public static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    /// <summary>A list given as a JSON array, as the JSON text of one, or as one string (items split on commas and semicolons later).</summary>
    public static IReadOnlyList<string> Items(JsonNode? node)
    {
        if (node is JsonValue value && Text(value) is { } text && text.TrimStart().StartsWith('['))
        {
            try
            {
                node = JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                return [text];
            }
        }
        return node switch
        {
            null => [],
            JsonArray array => [.. array.Select(Text).OfType<string>()],
            _ => Text(node) is { } single ? [single] : [],
        };
    }

    /// <summary>Addresses out of rendered items: each may list several, separated by commas or semicolons.</summary>
    public static IReadOnlyList<string> Addresses(IEnumerable<string> rendered) =>
        [.. rendered.SelectMany(r => r.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    /// <summary>The webhook body: an object or array as is, a string holding JSON as that JSON, any other value as JSON.</summary>
    public static string Json(JsonNode? node)
    {
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            var text = value.GetValue<string>();
            try
            {
                return JsonNode.Parse(text) is JsonObject or JsonArray ? text : node.ToJsonString();
            }
            catch (JsonException)
            {
                return node.ToJsonString();
            }
        }
        return node?.ToJsonString() ?? "null";
    }
}
