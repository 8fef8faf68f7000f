using System.Text.Json.Nodes;
using JsEngine = Jint.Engine;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Platform.Engine.Scripting;

/// <summary>
/// The globals a host adds through <see cref="ScriptInput.Functions"/> and <see cref="ScriptInput.Globals"/>.
/// A host may offer dozens of names of which a short expression uses one or two, and every engine is new, so
/// only the names the source contains as a word are defined (a strict script without <c>eval</c> reaches a
/// global no other way than by writing its name, in code or in a string), and each is built on first use.
/// </summary>
internal sealed class ScriptHostGlobals(JsEngine engine, ScriptInput input, IReadOnlySet<string> words, IReadOnlySet<string> builtIns)
{
    private List<string>? _used;

    public void Install()
    {
        if (input.Functions is null && input.Globals is null)
        {
            return;
        }
        foreach (var name in words)
        {
            if (builtIns.Contains(name))
            {
                continue;
            }
            if (input.Functions is { } functions && functions.TryGetValue(name, out var function))
            {
                Lazy(name, () => new ClrFunction(engine, name, (_, args) => Call(name, function, args)));
            }
            else if (input.Globals is { } globals && globals.TryGetValue(name, out var value))
            {
                Lazy(name, () => Value(name, value));
            }
        }
    }

    /// <summary>The final values of the read-back globals the script used; null when it used none.</summary>
    public IReadOnlyDictionary<string, JsonNode?>? ReadBack()
    {
        if (_used is null)
        {
            return null;
        }
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var name in _used)
        {
            values[name] = ScriptValues.ToJson(engine.GetValue(name));
        }
        return values;
    }

    private void Lazy(string name, Func<JsValue> create) =>
        engine.Advanced.AddLazyGlobal(name, _ => create(), PropertyFlag.ConfigurableEnumerableWritable);

    private JsValue Value(string name, Func<JsonNode?> value)
    {
        // Built on first use, which reading, assigning and typeof all are: a global never built cannot have changed.
        if (input.ReadBack?.Contains(name) == true)
        {
            (_used ??= []).Add(name);
        }
        return ScriptValues.ToJs(engine, value());
    }

    private JsValue Call(string name, ScriptFunction function, JsValue[] args)
    {
        var arguments = new JsonNode?[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            arguments[i] = ScriptValues.Argument(engine, args[i], name);
        }
        try
        {
            return ScriptValues.ToJs(engine, function(arguments));
        }
        catch (ScriptHostException e)
        {
            throw new JavaScriptException(engine.Intrinsics.Error, e.Message);
        }
    }
}
