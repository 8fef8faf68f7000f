using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using JsEngine = Jint.Engine;
using Jint.Native;
using Jint.Native.Object;

namespace Platform.Engine.Scripting;

/// <summary>
/// Copies JSON-shaped .NET values into a script's own objects and back. Nothing is wrapped, so a script
/// never holds a reference to a .NET object (no CLR access, no reflection, nothing shared between runs).
/// </summary>
internal static class ScriptValues
{
    private const int MaxDepth = 32;
    private const int MaxItems = 10_000;

    public static JsValue ToJs(JsEngine engine, object? value, int depth = 0) => value switch
    {
        null => JsValue.Null,
        JsValue js => js,
        string s => new JsString(s),
        bool b => b ? JsBoolean.True : JsBoolean.False,
        long l => new JsNumber(l),
        int i => new JsNumber(i),
        double d => new JsNumber(d),
        decimal m => new JsNumber((double)m),
        float f => new JsNumber(f),
        DateTimeOffset t => new JsString(t.ToString("yyyy-MM-ddTHH:mm:ss.fffK", CultureInfo.InvariantCulture)),
        JsonElement e => FromElement(engine, e, depth),
        JsonObject o => FromObject(engine, o, depth),
        JsonArray a => FromList(engine, a, depth),
        JsonValue v => FromValue(engine, v, depth),
        IReadOnlyDictionary<string, object?> map => FromMap(engine, map, depth),
        IDictionary<string, object?> map => FromMap(engine, map.AsReadOnly(), depth),
        IEnumerable list => FromList(engine, list, depth),
        _ => new JsString(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    private static JsObject FromMap(JsEngine engine, IReadOnlyDictionary<string, object?> map, int depth)
    {
        Guard(depth);
        var target = new JsObject(engine);
        foreach (var (key, item) in map)
        {
            target.FastSetDataProperty(key, ToJs(engine, item, depth + 1));
        }
        return target;
    }

    private static JsObject FromObject(JsEngine engine, JsonObject map, int depth)
    {
        Guard(depth);
        var target = new JsObject(engine);
        foreach (var (key, item) in map)
        {
            target.FastSetDataProperty(key, ToJs(engine, item, depth + 1));
        }
        return target;
    }

    /// <summary>A JSON value may hold any .NET value (a long, a DateTimeOffset…); its kind says what the script sees.</summary>
    private static JsValue FromValue(JsEngine engine, JsonValue value, int depth) => value.GetValueKind() switch
    {
        JsonValueKind.String when value.TryGetValue<string>(out var text) => new JsString(text),
        JsonValueKind.Number when value.TryGetValue<double>(out var number) => new JsNumber(number),
        JsonValueKind.Number when value.TryGetValue<long>(out var whole) => new JsNumber(whole),
        JsonValueKind.Number when value.TryGetValue<int>(out var small) => new JsNumber(small),
        JsonValueKind.Number when value.TryGetValue<decimal>(out var exact) => new JsNumber((double)exact),
        JsonValueKind.True => JsBoolean.True,
        JsonValueKind.False => JsBoolean.False,
        JsonValueKind.Null => JsValue.Null,
        _ => FromElement(engine, JsonSerializer.SerializeToElement(value), depth),
    };

    private static JsArray FromList(JsEngine engine, IEnumerable list, int depth)
    {
        Guard(depth);
        var items = new List<JsValue>();
        foreach (var item in list)
        {
            items.Add(ToJs(engine, item, depth + 1));
        }
        return new JsArray(engine, items.ToArray());
    }

    private static JsValue FromElement(JsEngine engine, JsonElement element, int depth) => element.ValueKind switch
    {
        JsonValueKind.String => new JsString(element.GetString()!),
        JsonValueKind.Number => new JsNumber(element.GetDouble()),
        JsonValueKind.True => JsBoolean.True,
        JsonValueKind.False => JsBoolean.False,
        JsonValueKind.Array => FromList(engine, element.EnumerateArray().Select(e => (object)e), depth),
        JsonValueKind.Object => FromMap(engine, element.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value), depth),
        _ => JsValue.Null,
    };

    /// <summary>A script's value as JSON; functions, symbols, NaN and cycles are refused with <see cref="ScriptResultException"/>.</summary>
    public static JsonNode? ToJson(JsValue value, int depth = 0)
    {
        Guard(depth);
        switch (value.Type)
        {
            case Jint.Runtime.Types.Undefined or Jint.Runtime.Types.Null or Jint.Runtime.Types.Empty:
                return null;
            case Jint.Runtime.Types.Boolean:
                return JsonValue.Create(value.AsBoolean());
            case Jint.Runtime.Types.String:
                return JsonValue.Create(value.AsString());
            case Jint.Runtime.Types.Number:
                return Number(value.AsNumber());
            case Jint.Runtime.Types.Object when value.IsDate():
                var ms = value.AsDate().DateValue;
                return double.IsNaN(ms) ? null : JsonValue.Create(DateTimeOffset.FromUnixTimeMilliseconds((long)ms).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
            case Jint.Runtime.Types.Object when value.IsArray():
                var array = value.AsArray();
                if (array.Length > MaxItems)
                {
                    throw new ScriptResultException($"an array of more than {MaxItems} items");
                }
                var list = new JsonArray();
                for (uint i = 0; i < array.Length; i++)
                {
                    list.Add(ToJson(array[i], depth + 1));
                }
                return list;
            case Jint.Runtime.Types.Object when value is ObjectInstance o && !o.IsCallable():
                var json = new JsonObject();
                foreach (var (key, descriptor) in o.GetOwnProperties())
                {
                    if (key.IsString() && descriptor.Enumerable)
                    {
                        // A plain data property holds its value; only a getter has to be called.
                        var item = descriptor.IsAccessorDescriptor() ? o.Get(key) : descriptor.Value;
                        json[key.AsString()] = ToJson(item, depth + 1);
                    }
                }
                return json;
            default:
                throw new ScriptResultException(value is ObjectInstance callable && callable.IsCallable() ? "a function" : value.Type.ToString().ToLowerInvariant());
        }
    }

    /// <summary>A value a script passes to a host function, as JSON; one without a JSON form is an error the script sees.</summary>
    public static JsonNode? Argument(JsEngine engine, JsValue value, string? function = null)
    {
        try
        {
            return ToJson(value);
        }
        catch (ScriptResultException e)
        {
            throw new Jint.Runtime.JavaScriptException(engine.Intrinsics.Error, function is null ? $"{e.Message} cannot be passed here" : $"{e.Message} cannot be passed to {function}()");
        }
    }

    private static JsonValue Number(double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            throw new ScriptResultException(double.IsNaN(d) ? "NaN" : "Infinity");
        }
        return d == Math.Floor(d) && Math.Abs(d) < 9e15 ? JsonValue.Create((long)d) : JsonValue.Create(d);
    }

    private static void Guard(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ScriptResultException($"a value nested more than {MaxDepth} levels deep");
        }
    }
}
