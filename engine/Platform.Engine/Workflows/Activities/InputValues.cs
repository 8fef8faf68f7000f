using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// Reads the evaluated value of a Platform activity's input as the type the activity needs. Designers
/// write the same value in several ways (an id as 42 or "42", a list as ["a"] or as the JSON text of one),
/// so each reader accepts every spelling that means one thing and refuses the rest with a message
/// naming the input.
/// </summary>
public static class InputValues
{
    /// <summary>Text; null for null, absent or blank. Numbers and booleans count as their JSON text.</summary>
    public static string? Text(JsonNode? value) => WorkflowValues.ToText(value) is { } text && !string.IsNullOrWhiteSpace(text) ? text : null;

    /// <summary>A whole number such as a record or user id, written as a number or as digits.</summary>
    public static long? Id(JsonNode? value, string input) => Read(() => WorkflowValues.ToInt64(value), input, "activity.input.id");

    /// <summary>A JSON object, or the JSON text of one (an <c>Object</c> expression evaluated as text).</summary>
    public static JsonObject? Object(JsonNode? value, string input) => value switch
    {
        null => null,
        JsonObject o => o,
        JsonValue when Text(value) is null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => Parse(v.GetValue<string>()) as JsonObject ?? throw Wrong(input, "activity.input.object"),
        _ => throw Wrong(input, "activity.input.object"),
    };

    /// <summary>A span written as Elsa writes one ("d.hh:mm:ss", "00:30:00"), negative spans with a leading minus.</summary>
    public static TimeSpan? Span(JsonNode? value, string input) => Read(() => WorkflowValues.ToTimeSpan(value), input, "activity.input.span");

    /// <summary>An instant in ISO 8601; one without an offset is read as UTC.</summary>
    public static DateTimeOffset? Instant(JsonNode? value, string input) => Read(() => WorkflowValues.ToDateTimeOffset(value), input, "activity.input.instant");

    public static bool Flag(JsonNode? value, string input) => Read<bool>(() => WorkflowValues.ToBool(value), input, "activity.input.flag");

    /// <summary>A list: a JSON array, the JSON text of one, or a single value standing for a list of one.</summary>
    public static IReadOnlyList<JsonNode> List(JsonNode? value)
    {
        if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().TrimStart().StartsWith('['))
        {
            value = Parse(v.GetValue<string>()) ?? value;
        }
        return value switch
        {
            null => [],
            JsonArray a => [.. a.OfType<JsonNode>()],
            _ when Text(value) is null => [],
            _ => [value],
        };
    }

    private static JsonNode? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The shared conversion says what is wrong with the value; the activity says which input held it.
    private static T Read<T>(Func<T> read, string input, string key)
    {
        try
        {
            return read();
        }
        catch (FormatException)
        {
            throw Wrong(input, key);
        }
    }

    private static ActivityFailedException Wrong(string input, string key) => new(Texts.Get(key, input));
}
