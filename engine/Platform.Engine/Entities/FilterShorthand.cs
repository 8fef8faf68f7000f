using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Engine.Entities;

/// <summary>
/// A filter written in a definition or a script (a rollup's <c>where</c>, <c>related()</c>'s filter): the
/// records API's filter JSON (<c>{"and":[{"field","op","value"}]}</c>) or, for the common case, a short map
/// of equalities <c>{"channel":"meeting"}</c> that stands for the same filter.
/// </summary>
public static class FilterShorthand
{
    /// <summary>The operators whose meaning moves with the calendar.</summary>
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

    /// <summary>Whether the filter moves with the calendar: a stored rollup only moves with writes, so it refuses such filters.</summary>
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
