using System.Text.Json.Nodes;
using NJsonSchema;
using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Forms;

/// <summary>Parses a form's schema (without its <c>required</c> list, which the rules decide) and its conditions.</summary>
public static class FormCompiler
{
    public static Task<CompiledForm> CompileAsync(EntityDefinition entity, FormDefinition form, int version)
    {
        var schema = FormSchemaBuilder.Schema(entity, form, Languages.English);
        var types = FormSchemaBuilder.FormFields(entity, form).ToDictionary(f => f.Slug, f => f.Type, StringComparer.Ordinal);
        return CompileAsync(form.Slug, version, schema, form.Rules, types);
    }

    public static async Task<CompiledForm> CompileAsync(string slug, int version, JsonObject schema, IEnumerable<FormRule> rules,
        IReadOnlyDictionary<string, string> fieldTypes)
    {
        var required = (schema["required"] as JsonArray ?? []).Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var withoutRequired = (JsonObject)schema.DeepClone();
        withoutRequired.Remove("required");
        var compiled = await JsonSchema.FromJsonAsync(withoutRequired.ToJsonString());
        var properties = (schema["properties"] as JsonObject ?? [])
            .ToDictionary(p => p.Key, p => (JsonObject)p.Value!, StringComparer.Ordinal);
        var compiledRules = new List<CompiledRule>();
        foreach (var rule in rules)
        {
            compiledRules.Add(new CompiledRule(await JsonSchema.FromJsonAsync(rule.When.GetRawText()), rule.Effect, rule.Field));
        }
        return new CompiledForm(slug, version, compiled, compiledRules, required, properties, fieldTypes);
    }
}
