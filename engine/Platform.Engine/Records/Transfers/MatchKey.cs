using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Records.Transfers;

/// <summary>A row's stored values of the match fields, and the same as text for remembering it.</summary>
internal sealed record MatchKey(IReadOnlyList<KeyValuePair<string, object>> Values, string Text)
{
    /// <summary>The key of a record body, or null when a match field is empty or its value invalid.</summary>
    public static MatchKey? Of(IReadOnlyList<FieldDefinition> fields, JsonElement body)
    {
        if (fields.Count == 0)
        {
            return null;
        }
        var values = new List<KeyValuePair<string, object>>(fields.Count);
        foreach (var field in fields)
        {
            if (Stored(field, body) is not { } value)
            {
                return null;
            }
            values.Add(new(field.Slug, value));
        }
        return new MatchKey(values, Json.Serialize(values.Select(v => v.Value)));
    }

    /// <summary>The field's value in the body as it would be stored; null when absent or invalid.</summary>
    public static object? Stored(FieldDefinition field, JsonElement body) =>
        body.TryGetProperty(field.Slug, out var value) && FieldTypes.Of(field).Parse(value, field, lenient: false) is { Ok: true, Stored: { } stored }
            ? stored
            : null;
}
