using System.Collections;
using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace Platform.Engine.Forms;

/// <summary>
/// Record values (as the API shows them) in the shape the validator reads. Empty values — null, "" and
/// [] — are left out, so "required" and "is empty" mean the same on the server and in the browser.
/// </summary>
internal static class FormData
{
    public static JObject From(IReadOnlyDictionary<string, object?> values)
    {
        var data = new JObject();
        foreach (var (name, value) in values)
        {
            if (Token(value) is { } token)
            {
                data[name] = token;
            }
        }
        return data;
    }

    /// <summary>
    /// Only the members <paramref name="names"/>: a condition or schema that reads three fields is checked
    /// against those three, which is the same answer (no keyword allowed here looks at other members) for a
    /// fraction of NJsonSchema's per-member work.
    /// </summary>
    public static JObject From(IReadOnlyDictionary<string, object?> values, IReadOnlyList<string> names)
    {
        var data = new JObject();
        foreach (var name in names)
        {
            if (values.TryGetValue(name, out var value) && Token(value) is { } token)
            {
                data[name] = token;
            }
        }
        return data;
    }

    /// <summary>Whether the value counts as filled in (not null, "" or []).</summary>
    public static bool IsPresent(object? value) => value switch
    {
        null => false,
        string text => text.Length > 0,
        JsonElement element => element.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => false,
            JsonValueKind.String => element.GetString()!.Length > 0,
            JsonValueKind.Array => element.GetArrayLength() > 0,
            _ => true,
        },
        ICollection collection => collection.Count > 0,
        IEnumerable items => items.GetEnumerator().MoveNext(),
        _ => true,
    };

    private static JToken? Token(object? value) => value switch
    {
        null => null,
        string text => text.Length == 0 ? null : new JValue(text),
        bool flag => new JValue(flag),
        long or int or short or byte => new JValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)),
        double or float or decimal => Number(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)),
        JsonElement element => Element(element),
        IEnumerable items => Array(items),
        _ => new JValue(value.ToString()),
    };

    /// <summary>2.0 is a whole number in JavaScript; NJsonSchema would call it a float and refuse it as an integer.</summary>
    private static JValue Number(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 9e15 ? new JValue((long)value) : new JValue(value);

    private static JToken? Array(IEnumerable items)
    {
        var array = new JArray();
        foreach (var item in items)
        {
            array.Add(Token(item) ?? JValue.CreateNull());
        }
        return array.Count == 0 ? null : array;
    }

    private static JToken? Element(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => Token(element.GetString()),
        JsonValueKind.True => new JValue(true),
        JsonValueKind.False => new JValue(false),
        JsonValueKind.Number when element.TryGetInt64(out var whole) => new JValue(whole),
        JsonValueKind.Number => Number(element.GetDouble()),
        JsonValueKind.Array => Array(element.EnumerateArray().Select(e => (object)e)),
        _ => JToken.Parse(element.GetRawText()),
    };
}
