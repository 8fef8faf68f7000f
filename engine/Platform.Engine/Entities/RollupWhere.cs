using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Engine.Entities;

/// <summary>
/// A rollup's filter. It is the records API's filter JSON (<c>{"and":[{"field","op","value"}]}</c>) or, for
/// the common case, a short map of equalities <c>{"channel":"meeting"}</c> that stands for the same filter.
/// </summary>
public static class RollupWhere
{
    /// <summary>Relative dates move with the clock while a stored rollup only moves with writes, so they are refused.</summary>
    public static readonly string[] RelativeOperators = ["last_days", "next_days", "period"];

    /// <summary>The filter JSON the short form stands for (the filter form as it is).</summary>
    public static JsonElement ToFilter(JsonObject where)
    {
        if (IsFilter(where))
        {
            return JsonSerializer.SerializeToElement(where);
        }
        var conditions = new JsonArray();
        foreach (var (field, value) in where)
        {
            conditions.Add(value switch
            {
                null => new JsonObject { ["field"] = field, ["op"] = "is_empty" },
                JsonArray list => new JsonObject { ["field"] = field, ["op"] = "in", ["value"] = list.DeepClone() },
                _ => new JsonObject { ["field"] = field, ["op"] = "eq", ["value"] = value.DeepClone() },
            });
        }
        return JsonSerializer.SerializeToElement(new JsonObject { ["and"] = conditions });
    }

    /// <summary>Every field name the filter reads.</summary>
    public static IEnumerable<string> Fields(JsonObject where) =>
        IsFilter(where) ? Conditions(where).Select(c => c["field"]).OfType<JsonValue>().Select(v => v.ToString()) : where.Select(p => p.Key);

    public static bool UsesRelativeDates(JsonObject where) =>
        IsFilter(where) && Conditions(where).Any(c => c["op"] is JsonValue op && RelativeOperators.Contains(op.ToString()));

    /// <summary>The filter with field <paramref name="from"/> called <paramref name="to"/>.</summary>
    public static JsonObject Rename(JsonObject where, string from, string to)
    {
        var renamed = where.DeepClone().AsObject();
        if (!IsFilter(renamed))
        {
            return new JsonObject(renamed.Select(p => KeyValuePair.Create(p.Key == from ? to : p.Key, p.Value?.DeepClone())));
        }
        foreach (var condition in Conditions(renamed).Where(c => c["field"] is JsonValue f && f.ToString() == from))
        {
            condition["field"] = to;
        }
        return renamed;
    }

    private static bool IsFilter(JsonObject where) =>
        where.ContainsKey("and") || where.ContainsKey("or") || (where.ContainsKey("field") && where.ContainsKey("op"));

    private static IEnumerable<JsonObject> Conditions(JsonObject node)
    {
        foreach (var key in new[] { "and", "or" })
        {
            if (node[key] is JsonArray children)
            {
                foreach (var child in children.OfType<JsonObject>().SelectMany(Conditions))
                {
                    yield return child;
                }
                yield break;
            }
        }
        yield return node;
    }
}
