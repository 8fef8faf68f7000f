using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using Platform.Engine.Common;

namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// Reads workflow values (JSON) as the types activities need, the way Elsa converts an evaluated input to its
/// C# property type: <c>"00:01:00"</c> is a TimeSpan, <c>"true"</c> a bool, <c>"[\"GET\"]"</c> a string array.
/// A value that cannot be read throws <see cref="FormatException"/>, which faults the activity.
/// </summary>
public static class WorkflowValues
{
    /// <summary>Text as written; numbers and booleans as their JSON text, objects and arrays as JSON.</summary>
    public static string? ToText(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Null => null,
            _ => value.ToJsonString(),
        },
        _ => node.ToJsonString(Json.Options),
    };

    /// <summary>Null and missing are false, like an unset Elsa boolean input.</summary>
    public static bool ToBool(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => false,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String when bool.TryParse(node.GetValue<string>().Trim(), out var b) => b,
        JsonValueKind.String when node.GetValue<string>().Trim().Length == 0 => false,
        JsonValueKind.Number => ToDecimal(node) != 0,
        _ => throw Invalid(node, "Boolean"),
    };

    public static decimal? ToDecimal(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => null,
        JsonValueKind.Number when decimal.TryParse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        JsonValueKind.String when decimal.TryParse(node.GetValue<string>().Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        JsonValueKind.String when node.GetValue<string>().Trim().Length == 0 => null,
        _ => throw Invalid(node, "Decimal"),
    };

    public static long? ToInt64(JsonNode? node) =>
        ToDecimal(node) is { } d ? d == decimal.Truncate(d) && d is >= long.MinValue and <= long.MaxValue ? (long)d : throw Invalid(node, "Int64") : null;

    public static int? ToInt32(JsonNode? node) =>
        ToInt64(node) is { } l ? l is >= int.MinValue and <= int.MaxValue ? (int)l : throw Invalid(node, "Int32") : null;

    /// <summary>Elsa's <c>d.hh:mm:ss</c> (or <c>hh:mm:ss</c>), or an ISO 8601 duration such as <c>PT5M</c>.</summary>
    public static TimeSpan? ToTimeSpan(JsonNode? node)
    {
        var text = ToText(node)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (node!.GetValueKind() == JsonValueKind.String && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span))
        {
            return span;
        }
        try
        {
            return text.StartsWith('P') || text.StartsWith("-P", StringComparison.Ordinal) ? XmlConvert.ToTimeSpan(text) : throw Invalid(node, "TimeSpan");
        }
        catch (FormatException)
        {
            throw Invalid(node, "TimeSpan");
        }
    }

    /// <summary>An instant written in ISO 8601; one without an offset is taken as UTC.</summary>
    public static DateTimeOffset? ToDateTimeOffset(JsonNode? node)
    {
        var text = ToText(node)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        return node!.GetValueKind() == JsonValueKind.String
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : throw Invalid(node, "DateTimeOffset");
    }

    /// <summary>
    /// An instant as ISO 8601 text, as System.Text.Json writes it. Payloads hold instants as text rather than as
    /// DateTimeOffset values, which are written differently before and after a trip through storage.
    /// </summary>
    public static JsonValue FromInstant(DateTimeOffset at) =>
        JsonValue.Create(at.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFzzz", CultureInfo.InvariantCulture));

    /// <summary>A JSON array, the JSON text of one (as an Object expression leaves it), or one string as a list of one.</summary>
    public static string[]? ToStringArray(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonArray array:
                return array.Select(item => ToText(item) ?? "").ToArray();
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>().Trim();
                if (!text.StartsWith('['))
                {
                    return text.Length == 0 ? [] : [text];
                }
                try
                {
                    return ToStringArray(JsonNode.Parse(text));
                }
                catch (JsonException)
                {
                    throw Invalid(node, "String[]");
                }
            case JsonValue value when value.GetValueKind() == JsonValueKind.Null:
                return null;
            default:
                throw Invalid(node, "String[]");
        }
    }

    /// <summary>
    /// A variable's default: Elsa writes it as text (<c>"0"</c>, <c>"true"</c>, <c>"{\"a\":1}"</c>), read here by the
    /// variable's <paramref name="typeName"/>. Text that does not fit the type stays text.
    /// </summary>
    public static JsonNode? FromDefault(string? text, string? typeName)
    {
        if (text is null)
        {
            return null;
        }
        var type = BaseType(typeName);
        if (typeName?.EndsWith("[]", StringComparison.Ordinal) == true || IsStructured(type))
        {
            return TryParse(text) ?? JsonValue.Create(text);
        }
        return type switch
        {
            _ when IsInteger(type) => long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? JsonValue.Create(l) : JsonValue.Create(text),
            _ when IsNumber(type) => decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? JsonValue.Create(d) : JsonValue.Create(text),
            "Boolean" => bool.TryParse(text.Trim(), out var b) ? JsonValue.Create(b) : JsonValue.Create(text),
            _ => JsonValue.Create(text),
        };
    }

    /// <summary>
    /// A value assigned to a variable of <paramref name="typeName"/>, converted like Elsa converts to the variable's
    /// type: an Int32 variable set to <c>2.0</c> or <c>"2"</c> holds <c>2</c>. Structured and unknown types keep the value.
    /// </summary>
    public static JsonNode? ConvertTo(JsonNode? value, string? typeName)
    {
        if (value is null || value.GetValueKind() == JsonValueKind.Null || typeName?.EndsWith("[]", StringComparison.Ordinal) == true)
        {
            return value;
        }
        var type = BaseType(typeName);
        return type switch
        {
            _ when IsInteger(type) => ToInt64(value) is { } l ? JsonValue.Create(l) : null,
            _ when IsNumber(type) => ToDecimal(value) is { } d ? JsonValue.Create(d) : null,
            "Boolean" => JsonValue.Create(ToBool(value)),
            "String" => value.GetValueKind() == JsonValueKind.String ? value : JsonValue.Create(ToText(value)),
            _ => value,
        };
    }

    /// <summary>The node itself when it belongs to no other node, else a copy: a JSON node can have only one parent.</summary>
    public static JsonNode? Detach(JsonNode? node) => node?.Parent is null ? node : node.DeepClone();

    private static string BaseType(string? typeName) => (typeName ?? "Object").TrimEnd('?');

    private static bool IsInteger(string type) => type is "Int16" or "Int32" or "Int64" or "Byte" or "SByte" or "UInt16" or "UInt32" or "UInt64";

    private static bool IsNumber(string type) => type is "Single" or "Double" or "Decimal";

    private static bool IsStructured(string type) => type is "Object" or "JSON" or "JsonElement" or "JsonNode" or "JsonObject" or "JsonArray"
        or "StringDictionary" or "ObjectDictionary" or "StringMap" or "ObjectMap" or "ExpandoObject";

    private static JsonNode? TryParse(string text)
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

    private static FormatException Invalid(JsonNode? node, string type)
    {
        var shown = node?.ToJsonString() ?? "null";
        return new FormatException(Texts.Get("workflow.value.invalid", shown.Length > 80 ? shown[..80] + "…" : shown, type));
    }
}
