using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Records;

/// <summary>
/// Compiles the filter JSON (<c>{"and":[…]}</c>, <c>{"or":[…]}</c>, <c>{"field","op","value"}</c>) into a
/// WHERE predicate. Fields resolve through the entity definition to quoted columns; every value becomes a
/// parameter after being parsed by the field's own type.
/// </summary>
public sealed class FilterCompiler(EntityDefinition entity, SqlFragment sql, Storage.ISqlDialect dialect, DateOnly today, TimeZoneInfo zone)
{
    private const int MaxDepth = 10;
    private const int MaxConditions = 200;
    private int _conditions;

    /// <summary>The predicate, or a failure naming what is wrong with the filter.</summary>
    public Result<string> Compile(JsonElement filter)
    {
        try
        {
            return Node(filter, 0);
        }
        catch (FilterException e)
        {
            return ValidationFailure.For("filter", Texts.Get("query.filter", e.Message));
        }
    }

    private string Node(JsonElement node, int depth)
    {
        if (node.ValueKind != JsonValueKind.Object || depth > MaxDepth)
        {
            throw new FilterException(depth > MaxDepth ? "too deeply nested" : "a condition must be an object");
        }
        foreach (var (key, joiner) in new[] { ("and", " AND "), ("or", " OR ") })
        {
            if (node.TryGetProperty(key, out var children))
            {
                if (children.ValueKind != JsonValueKind.Array)
                {
                    throw new FilterException($"\"{key}\" takes a list");
                }
                var parts = children.EnumerateArray().Select(c => Node(c, depth + 1)).ToList();
                return parts.Count == 0 ? "1 = 1" : "(" + string.Join(joiner, parts) + ")";
            }
        }
        if (++_conditions > MaxConditions)
        {
            throw new FilterException("too many conditions");
        }
        return Condition(node);
    }

    private string Condition(JsonElement node)
    {
        var name = node.TryGetProperty("field", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString()! : throw new FilterException("a condition needs \"field\"");
        var op = node.TryGetProperty("op", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString()! : throw new FilterException("a condition needs \"op\"");
        var value = node.TryGetProperty("value", out var v) ? v : default;
        var (column, _, field) = SystemFields.Resolve(entity, name) ?? throw new FilterException($"unknown field \"{name}\"");
        // A formula is filtered as what it stores: a date formula takes "next 7 days" like a date field.
        field = FieldTypes.Of(field).Stored(field);
        var type = FieldTypes.Of(field);
        if (field.Type == FieldTypeNames.MultiSelect)
        {
            return MultiSelect(column, field, op, value);
        }
        return op switch
        {
            "eq" => $"{column} = @{Param(field, value)}",
            "ne" => $"({column} IS NULL OR {column} <> @{Param(field, value)})",
            "lt" or "lte" or "gt" or "gte" when type.Ordered => $"{column} {Comparison(op)} @{Param(field, value)}",
            "in" => $"{column} IN @{List(field, value)}",
            "not_in" => $"({column} IS NULL OR {column} NOT IN @{List(field, value)})",
            "contains" => dialect.Like(column, Like(value, startsWith: false)),
            "starts_with" => dialect.Like(column, Like(value, startsWith: true)),
            "is_empty" => $"{column} IS NULL",
            "not_empty" => $"{column} IS NOT NULL",
            "between" when type.Ordered => Between(column, field, value),
            "last_days" or "next_days" or "period" when field.Type is FieldTypeNames.Date or FieldTypeNames.DateTime
                => Relative(column, field, op, value),
            _ => throw new FilterException($"\"{op}\" cannot be used on \"{name}\""),
        };
    }

    private string MultiSelect(string column, FieldDefinition field, string op, JsonElement value) => op switch
    {
        "eq" or "contains" => dialect.JsonArrayContains(column, Option(field, value)),
        "in" => "(" + string.Join(" OR ", Items(value).Select(i => dialect.JsonArrayContains(column, Option(field, i)))) + ")",
        "not_in" => $"({column} IS NULL OR NOT (" + string.Join(" OR ", Items(value).Select(i => dialect.JsonArrayContains(column, Option(field, i)))) + "))",
        "is_empty" => $"{column} IS NULL",
        "not_empty" => $"{column} IS NOT NULL",
        _ => throw new FilterException($"\"{op}\" cannot be used on \"{field.Slug}\""),
    };

    private string Option(FieldDefinition field, JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new FilterException("an option value is text");
        return sql.Add(field.Options?.Find(o => o.Value == text)?.Value ?? text);
    }

    private string Param(FieldDefinition field, JsonElement value)
    {
        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            throw new FilterException($"\"{field.Slug}\" needs a value; use is_empty for empty values");
        }
        var parsed = FieldTypes.Of(field).Parse(value, field, lenient: true);
        return parsed.Ok ? sql.Add(parsed.Stored) : throw new FilterException(parsed.Error!);
    }

    private string List(FieldDefinition field, JsonElement value)
    {
        var items = Items(value).Select(i => FieldTypes.Of(field).Parse(i, field, lenient: true)).ToList();
        if (items.Find(i => !i.Ok) is { Error: { } error })
        {
            throw new FilterException(error);
        }
        return sql.Add(items.Select(i => i.Stored).ToArray());
    }

    private static IEnumerable<JsonElement> Items(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array && value.GetArrayLength() is > 0 and <= 1000
            ? value.EnumerateArray()
            : throw new FilterException("\"in\" takes a list of 1 to 1000 values");

    private string Like(JsonElement value, bool startsWith)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.ValueKind == JsonValueKind.Number ? value.GetRawText() : throw new FilterException("contains and starts_with take text");
        return sql.Add(dialect.LikePattern(text, startsWith));
    }

    private string Between(string column, FieldDefinition field, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() != 2)
        {
            throw new FilterException("\"between\" takes [from, to]");
        }
        return $"{column} BETWEEN @{Param(field, value[0])} AND @{Param(field, value[1])}";
    }

    private string Relative(string column, FieldDefinition field, string op, JsonElement value)
    {
        (DateOnly, DateOnly) range;
        if (op == "period")
        {
            range = value.ValueKind == JsonValueKind.String && RelativeDates.Period(value.GetString()!, today) is { } p
                ? p
                : throw new FilterException("\"period\" takes one of " + string.Join(", ", RelativeDates.Periods));
        }
        else
        {
            var days = value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n is > 0 and <= 3660
                ? n
                : throw new FilterException($"\"{op}\" takes a number of days");
            range = op == "last_days" ? RelativeDates.Last(days, today) : RelativeDates.Next(days, today);
        }
        var (from, to) = RelativeDates.Stored(range, field, zone);
        return $"({column} >= @{sql.Add(from)} AND {column} < @{sql.Add(to)})";
    }

    private static string Comparison(string op) => op switch
    {
        "lt" => "<",
        "lte" => "<=",
        "gt" => ">",
        _ => ">=",
    };

    private sealed class FilterException(string message) : Exception(message);
}
