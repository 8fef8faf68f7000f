using System.Text;
using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Records;

/// <summary>
/// Keyset paging: the sort always ends with <c>id</c> so the order is total, and the cursor carries the
/// last row's sort values, so the next page starts right after it however many rows were added since.
/// NULLs sort first ascending and last descending, as SQLite does; the predicate follows the same rule.
/// </summary>
public static class Keyset
{
    public static Result<IReadOnlyList<SortKey>> ParseSort(EntityDefinition entity, string? sort)
    {
        var keys = new List<SortKey>();
        foreach (var part in (sort ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var descending = part.StartsWith('-');
            var name = descending || part.StartsWith('+') ? part[1..] : part;
            if (SystemFields.Resolve(entity, name) is not { } resolved || !FieldTypes.Of(resolved.Field).Ordered
                && resolved.Field.Type != FieldTypeNames.Boolean)
            {
                return ValidationFailure.For("sort", Texts.Get("query.sort", name));
            }
            if (keys.Count < 5 && !keys.Exists(k => k.Column == resolved.Column))
            {
                keys.Add(new SortKey(resolved.Column, resolved.Key, descending));
            }
        }
        if (keys.Count == 0)
        {
            return new List<SortKey> { new("id", "id", true) };
        }
        if (!keys.Exists(k => k.Column == "id"))
        {
            keys.Add(new SortKey("id", "id", keys[^1].Descending));
        }
        return keys;
    }

    public static string OrderBy(IReadOnlyList<SortKey> keys) =>
        string.Join(", ", keys.Select(k => k.Column + (k.Descending ? " DESC" : " ASC")));

    /// <summary>Rows strictly after the cursor's row in this order.</summary>
    public static string After(IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values, SqlFragment sql)
    {
        var alternatives = new List<string>();
        for (var i = 0; i < keys.Count; i++)
        {
            var terms = new List<string>();
            for (var j = 0; j < i; j++)
            {
                terms.Add(values[j] is null ? $"{keys[j].Column} IS NULL" : $"{keys[j].Column} = @{sql.Add(values[j])}");
            }
            terms.Add(Beyond(keys[i], values[i], sql));
            alternatives.Add("(" + string.Join(" AND ", terms) + ")");
        }
        return "(" + string.Join(" OR ", alternatives) + ")";
    }

    private static string Beyond(SortKey key, object? value, SqlFragment sql) => (key.Descending, value) switch
    {
        (false, null) => $"{key.Column} IS NOT NULL",
        (false, _) => $"{key.Column} > @{sql.Add(value)}",
        (true, null) => "1 = 0",
        (true, _) => $"({key.Column} < @{sql.Add(value)} OR {key.Column} IS NULL)",
    };

    public static string Encode(IEnumerable<object?> values) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(values))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The cursor's values, or null when it is not one this sort produced.</summary>
    public static IReadOnlyList<object?>? Decode(string cursor, int count)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 += new string('=', (4 - (base64.Length % 4)) % 4);
            using var document = JsonDocument.Parse(Convert.FromBase64String(base64));
            var values = document.RootElement.EnumerateArray().Select(Value).ToList();
            return values.Count == count ? values : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static object? Value(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number when e.TryGetInt64(out var whole) => whole,
        JsonValueKind.Number => e.GetDouble(),
        _ => throw new FormatException(),
    };
}
