using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Forms;

/// <summary>
/// Keeps rule conditions to the JSON Schema keywords NJsonSchema and ajv both evaluate. NJsonSchema 11
/// silently ignores <c>const</c>, <c>if/then/else</c> and <c>dependencies</c> (such a condition would hold
/// for every record), so they are refused here with a message saying what to use instead.
/// </summary>
internal static class ConditionKeywords
{
    private static readonly HashSet<string> Schemas = new(StringComparer.Ordinal) { "not", "items" };
    private static readonly HashSet<string> SchemaLists = new(StringComparer.Ordinal) { "anyOf", "allOf" };
    private static readonly HashSet<string> Values = new(StringComparer.Ordinal)
    {
        "enum", "type", "minimum", "maximum", "minLength", "maxLength", "pattern", "required",
    };

    private static readonly HashSet<string> TypeNames = new(StringComparer.Ordinal)
    {
        "string", "number", "integer", "boolean", "array", "object", "null",
    };

    public static void Check(JsonElement condition, EntityDefinition entity, Action<string> error) =>
        Walk(condition, entity, topLevel: true, error);

    private static void Walk(JsonElement schema, EntityDefinition entity, bool topLevel, Action<string> error)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            error(Texts.Get("form.rule.when"));
            return;
        }
        foreach (var member in schema.EnumerateObject())
        {
            var name = member.Name;
            if (!Shaped(name, member.Value))
            {
                error(Texts.Get("form.rule.shape", name));
            }
            else if (name == "properties")
            {
                foreach (var property in member.Value.EnumerateObject())
                {
                    if (topLevel && entity.Field(property.Name) is null)
                    {
                        error(Texts.Get("field.notFound", property.Name));
                    }
                    Walk(property.Value, entity, topLevel: false, error);
                }
            }
            else if (Schemas.Contains(name))
            {
                Walk(member.Value, entity, topLevel && name == "not", error);
            }
            else if (SchemaLists.Contains(name))
            {
                foreach (var item in member.Value.EnumerateArray())
                {
                    Walk(item, entity, topLevel, error);
                }
            }
            else if (name == "pattern" && !FormFieldChecks.IsPattern(member.Value.GetString()!))
            {
                error(Texts.Get("form.patternInvalid"));
            }
            else if (!Values.Contains(name))
            {
                error(Texts.Get("form.rule.keyword", name));
            }
        }
    }

    /// <summary>
    /// Whether a keyword's value has the shape JSON Schema gives it. NJsonSchema throws on a wrong shape
    /// when the form is compiled, which would break every later write of the entity.
    /// </summary>
    private static bool Shaped(string name, JsonElement value) => name switch
    {
        "properties" => value.ValueKind == JsonValueKind.Object,
        "not" or "items" => value.ValueKind == JsonValueKind.Object,
        "anyOf" or "allOf" => value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0
            && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Object),
        "required" => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String),
        "enum" => value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0,
        "type" => value.ValueKind == JsonValueKind.String ? TypeNames.Contains(value.GetString()!)
            : value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String && TypeNames.Contains(v.GetString()!)),
        "minimum" or "maximum" => value.ValueKind == JsonValueKind.Number,
        "minLength" or "maxLength" => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= 0,
        "pattern" => value.ValueKind == JsonValueKind.String,
        _ => true,
    };
}
