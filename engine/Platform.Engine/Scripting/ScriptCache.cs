using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Jint;
using JsEngine = Jint.Engine;
using Platform.Engine.Common;

namespace Platform.Engine.Scripting;

/// <summary>
/// Parsed scripts by source text. Parsing costs more than running a typical rule, and the same few
/// scripts run on every write, so each text is parsed once. The cache is bounded: when full it starts
/// over, which costs one parse per script and never grows without limit.
/// </summary>
internal sealed partial class ScriptCache(int capacity)
{
    /// <summary>
    /// Every script runs in strict mode. The directive takes a line of its own so that line numbers only
    /// shift by one and columns not at all.
    /// </summary>
    public const string Prologue = "\"use strict\";\n";

    private static readonly ScriptPreparationOptions Preparation = new()
    {
        // Rules are function bodies: "return x;" at the top level is how most people write them.
        ParsingOptions = ScriptParsingOptions.Default with { AllowReturnOutsideFunction = true },
    };

    private readonly ConcurrentDictionary<string, ParsedScript> _entries = new(StringComparer.Ordinal);

    public ParsedScript Get(string source)
    {
        if (_entries.TryGetValue(source, out var parsed))
        {
            return parsed;
        }
        parsed = Parse(source);
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }
        _entries[source] = parsed;
        return parsed;
    }

    public static ParsedScript Parse(string source)
    {
        try
        {
            return new ParsedScript
            {
                Script = JsEngine.PrepareScript(Prologue + source, "script", options: Preparation),
                Words = Word().Matches(source).Select(m => m.Value).ToHashSet(StringComparer.Ordinal),
            };
        }
        catch (ScriptPreparationException e) when (e.InnerException is Acornima.ParseErrorException parse)
        {
            return new ParsedScript
            {
                Error = new ScriptError(ScriptErrorKinds.Syntax, Texts.Get("script.syntax", parse.Description), Math.Max(1, parse.LineNumber - 1), parse.Column + 1),
            };
        }
    }

    [GeneratedRegex(@"[\p{L}_$][\p{L}\p{N}_$]*")]
    private static partial Regex Word();
}
