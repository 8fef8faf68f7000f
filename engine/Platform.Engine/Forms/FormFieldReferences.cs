using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Forms;

/// <summary>
/// Keeps forms (drafts and published versions) pointing at real fields: a rename is written into layouts,
/// overrides, rules and hidden fields; a deleted field leaves the form, with the rules that name it.
/// </summary>
public sealed class FormFieldReferences(FormStore store, FormCatalog forms) : IFieldDependents
{
    public Task FieldRenamedAsync(WriteScope scope, string entity, string from, string to, CancellationToken ct) =>
        RewriteAsync(scope, entity, name => name == from ? to : name, ct);

    public Task FieldDeletedAsync(WriteScope scope, string entity, string field, CancellationToken ct) =>
        RewriteAsync(scope, entity, name => name == field ? null : name, ct);

    private async Task RewriteAsync(WriteScope scope, string entity, Func<string, string?> map, CancellationToken ct)
    {
        foreach (var (formId, version, definition) in await store.AllDefinitionsAsync(scope, entity, ct))
        {
            var rewritten = Rewrite(definition, map);
            if (Json.Serialize(rewritten) != Json.Serialize(definition))
            {
                await store.RewriteAsync(scope, formId, version, rewritten, ct);
            }
        }
        scope.AfterCommit(() => forms.Invalidate(entity));
    }

    internal static FormDefinition Rewrite(FormDefinition form, Func<string, string?> map) => form with
    {
        Layout = form.Layout is null ? null : form.Layout with
        {
            Sections = form.Layout.Sections.Select(s => s with { Fields = s.Fields.Select(map).OfType<string>().ToList() }).ToList(),
        },
        Fields = form.Fields.Where(f => map(f.Key) is not null).ToDictionary(f => map(f.Key)!, f => f.Value),
        Rules = form.Rules
            .Select(r => map(r.Field) is { } field && MapCondition(JsonNode.Parse(r.When.GetRawText()), map) is { } when
                ? r with { Field = field, When = JsonSerializer.SerializeToElement(when) }
                : null)
            .OfType<FormRule>().ToList(),
        HiddenFields = form.HiddenFields.Where(h => map(h.Field) is not null).Select(h => h with { Field = map(h.Field)! }).ToList(),
    };

    /// <summary>Renames fields named at the top level of a condition; null when it names a deleted field.</summary>
    private static JsonNode? MapCondition(JsonNode? node, Func<string, string?> map)
    {
        if (node is not JsonObject condition)
        {
            return node;
        }
        var result = new JsonObject();
        foreach (var (key, value) in condition)
        {
            switch (key)
            {
                case "properties" when value is JsonObject properties:
                    var mapped = new JsonObject();
                    foreach (var (name, schema) in properties)
                    {
                        if (map(name) is not { } renamed)
                        {
                            return null;
                        }
                        mapped[renamed] = schema?.DeepClone();
                    }
                    result[key] = mapped;
                    break;
                case "required" when value is JsonArray names:
                    var kept = names.Select(n => map(n!.GetValue<string>())).ToList();
                    if (kept.Contains(null))
                    {
                        return null;
                    }
                    result[key] = new JsonArray(kept.Select(n => (JsonNode)n!).ToArray());
                    break;
                case "not":
                    if (MapCondition(value, map) is not { } inner)
                    {
                        return null;
                    }
                    result[key] = inner;
                    break;
                case "anyOf" or "allOf" when value is JsonArray parts:
                    var items = parts.Select(p => MapCondition(p, map)).ToList();
                    if (items.Contains(null))
                    {
                        return null;
                    }
                    result[key] = new JsonArray(items.ToArray());
                    break;
                default:
                    result[key] = value?.DeepClone();
                    break;
            }
        }
        return result;
    }
}
