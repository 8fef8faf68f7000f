using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Records;

/// <summary>
/// Keeps saved views runnable when a field changes: a rename is written into their filter, columns and
/// sort; a deleted field is dropped from them (its filter conditions with it).
/// </summary>
public sealed class ViewFieldReferences(ViewStore store) : IFieldDependents
{
    public Task FieldRenamedAsync(WriteScope scope, string entity, string from, string to, CancellationToken ct) =>
        RewriteAsync(scope, entity, name => name == from ? to : name, ct);

    public Task FieldDeletedAsync(WriteScope scope, string entity, string field, CancellationToken ct) =>
        RewriteAsync(scope, entity, name => name == field ? null : name, ct);

    /// <summary>Applies <paramref name="map"/> to every field name in the entity's views; null removes it.</summary>
    private async Task RewriteAsync(WriteScope scope, string entity, Func<string, string?> map, CancellationToken ct)
    {
        foreach (var view in await store.ListAsync(scope, entity, ct))
        {
            var filter = view.Filter is { } f ? MapFilter(JsonNode.Parse(f.GetRawText()), map) : null;
            var rewritten = view with
            {
                Filter = filter is null ? null : JsonSerializer.SerializeToElement(filter),
                Columns = view.Columns?.Select(map).OfType<string>().ToList(),
                Sort = MapSort(view.Sort, map),
            };
            if (Json.Serialize(rewritten) != Json.Serialize(view))
            {
                await store.SaveAsync(scope, rewritten, ct);
            }
        }
    }

    private static JsonNode? MapFilter(JsonNode? node, Func<string, string?> map)
    {
        if (node is not JsonObject condition)
        {
            return node;
        }
        foreach (var group in new[] { "and", "or" })
        {
            if (condition[group] is JsonArray children)
            {
                var kept = children.Select(c => MapFilter(c?.DeepClone(), map)).OfType<JsonNode>().ToArray();
                return kept.Length == 0 ? null : new JsonObject { [group] = new JsonArray(kept) };
            }
        }
        if (condition["field"]?.GetValueKind() == JsonValueKind.String)
        {
            var mapped = map(condition["field"]!.GetValue<string>());
            if (mapped is null)
            {
                return null;
            }
            condition["field"] = mapped;
        }
        return condition;
    }

    private static string? MapSort(string? sort, Func<string, string?> map)
    {
        if (sort is null)
        {
            return null;
        }
        var keys = sort.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => (Prefix: k.StartsWith('-') ? "-" : "", Name: k.TrimStart('-', '+')))
            .Select(k => map(k.Name) is { } name ? k.Prefix + name : null)
            .OfType<string>();
        return string.Join(",", keys);
    }
}
