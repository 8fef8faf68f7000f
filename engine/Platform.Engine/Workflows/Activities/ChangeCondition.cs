using System.Globalization;
using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// "Field X changed (from A) (to B)", checked against the <c>changes</c> of a record payload. A condition
/// value may be a list, meaning any of its values; values compare as the API writes them, so 10, 10.0 and
/// "10" are the same amount and an option compares by its value.
/// </summary>
public sealed record ChangeCondition(IReadOnlyList<string> Fields, IReadOnlyList<JsonNode> From, IReadOnlyList<JsonNode> To)
{
    /// <summary>Whether an update with these <paramref name="changes"/> meets the condition; no fields means any update.</summary>
    public bool Matches(JsonArray? changes)
    {
        if (Fields.Count == 0)
        {
            return true;
        }
        foreach (var change in (changes ?? []).OfType<JsonObject>())
        {
            if (InputValues.Text(change["field"]) is { } field && Fields.Contains(field, StringComparer.Ordinal)
                && (From.Count == 0 || From.Any(v => Same(v, change["old"])))
                && (To.Count == 0 || To.Any(v => Same(v, change["new"]))))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Reads <c>field</c>, <c>from</c> and <c>to</c> through <paramref name="input"/> (an activity's inputs).</summary>
    public static async ValueTask<ChangeCondition> ReadAsync(Func<string, ValueTask<JsonNode?>> input, IReadOnlyList<string>? fields = null)
    {
        fields ??= [.. InputValues.List(await input("field")).Select(InputValues.Text).OfType<string>()];
        return new ChangeCondition(fields, InputValues.List(await input("from")), InputValues.List(await input("to")));
    }

    /// <summary>Two JSON values mean the same: equal text, equal numbers, or both empty.</summary>
    public static bool Same(JsonNode? expected, JsonNode? actual)
    {
        var left = InputValues.Text(expected);
        var right = InputValues.Text(actual);
        if (left is null || right is null)
        {
            return left is null && right is null;
        }
        if (left == right)
        {
            return true;
        }
        return decimal.TryParse(left, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            && decimal.TryParse(right, NumberStyles.Float, CultureInfo.InvariantCulture, out var b) && a == b;
    }
}
