using System.Text.Json.Nodes;
using NJsonSchema;
using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Forms;

/// <summary>Parses a form's schema (without its <c>required</c> list, which the rules decide) and its conditions.</summary>
public static class FormCompiler
{
    static FormCompiler()
    {
        // NJsonSchema matches patterns through Regex's static cache (15 entries by default); with more
        // distinct patterns across forms than that, every check would compile its regexes anew.
        System.Text.RegularExpressions.Regex.CacheSize = Math.Max(System.Text.RegularExpressions.Regex.CacheSize, 512);
    }

    /// <summary>
    /// Compiles a form for checking record writes. Those values have already passed their field's own
    /// checks (type, options, length limit, e-mail shape…: the same constraints the field's part of the
    /// schema states), so NJsonSchema is given only what the form adds — overrides such as a minimum
    /// length or a pattern — while the rules are evaluated in full. Browsers check the full schema; the
    /// shared rule matrix shows both give the same answers.
    /// </summary>
    public static async Task<CompiledForm> CompileAsync(EntityDefinition entity, FormDefinition form, int version)
    {
        var schema = FormSchemaBuilder.Schema(entity, form, Languages.English);
        var fields = FormSchemaBuilder.FormFields(entity, form).ToList();
        var types = fields.ToDictionary(f => f.Slug, f => f.Type, StringComparer.Ordinal);
        var added = new JsonObject();
        foreach (var field in fields)
        {
            if (Added(schema["properties"]![field.Slug]!.AsObject(), FormSchemaBuilder.Property(field, null)) is { } narrowed)
            {
                added[field.Slug] = narrowed;
            }
        }
        var checkedSchema = new JsonObject { ["type"] = "object", ["properties"] = added };
        var compiled = await CompileAsync(form.Slug, version, schema, form.Rules, types, checkedSchema);
        var extraRequired = fields.Any(f => !f.Required && form.Fields.GetValueOrDefault(f.Slug)?.Required == true);
        compiled.ChecksBeyondFields = added.Count > 0 || form.Rules.Count > 0 || extraRequired;
        return compiled;
    }

    /// <param name="checkedSchema">What NJsonSchema checks, when less than <paramref name="schema"/> (see above).</param>
    public static async Task<CompiledForm> CompileAsync(string slug, int version, JsonObject schema, IEnumerable<FormRule> rules,
        IReadOnlyDictionary<string, string> fieldTypes, JsonObject? checkedSchema = null)
    {
        var required = (schema["required"] as JsonArray ?? []).Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var withoutRequired = (JsonObject)(checkedSchema ?? schema).DeepClone();
        withoutRequired.Remove("required");
        var compiled = withoutRequired["properties"] is JsonObject { Count: > 0 } ? await JsonSchema.FromJsonAsync(withoutRequired.ToJsonString()) : null;
        var properties = (schema["properties"] as JsonObject ?? [])
            .ToDictionary(p => p.Key, p => (JsonObject)p.Value!, StringComparer.Ordinal);
        var compiledRules = new List<CompiledRule>();
        foreach (var rule in rules)
        {
            compiledRules.Add(new CompiledRule(await JsonSchema.FromJsonAsync(rule.When.GetRawText()), rule.Effect, rule.Field, [.. Reads(rule.When).Distinct()]));
        }
        return new CompiledForm(slug, version, compiled, compiledRules, required, properties, fieldTypes);
    }

    /// <summary>The keywords of <paramref name="property"/> that the field's own schema does not already state, with its type.</summary>
    private static JsonObject? Added(JsonObject property, JsonObject fieldOwn)
    {
        var added = new JsonObject();
        foreach (var (keyword, value) in property)
        {
            if (keyword is not ("title" or "type") && !JsonNode.DeepEquals(value, fieldOwn[keyword]))
            {
                added[keyword] = value?.DeepClone();
            }
        }
        if (added.Count == 0)
        {
            return null;
        }
        added["type"] = property["type"]?.DeepClone();
        return added;
    }

    /// <summary>The record fields a condition looks at: its top-level <c>properties</c> and <c>required</c>, through not/anyOf/allOf.</summary>
    private static IEnumerable<string> Reads(System.Text.Json.JsonElement condition)
    {
        if (condition.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            yield break;
        }
        foreach (var member in condition.EnumerateObject())
        {
            var value = member.Value;
            var names = member.Name switch
            {
                "properties" when value.ValueKind == System.Text.Json.JsonValueKind.Object => value.EnumerateObject().Select(p => p.Name),
                "required" when value.ValueKind == System.Text.Json.JsonValueKind.Array => value.EnumerateArray().Select(r => r.GetString() ?? ""),
                "not" => Reads(value),
                "anyOf" or "allOf" when value.ValueKind == System.Text.Json.JsonValueKind.Array => value.EnumerateArray().SelectMany(Reads),
                _ => [],
            };
            foreach (var name in names)
            {
                yield return name;
            }
        }
    }
}
