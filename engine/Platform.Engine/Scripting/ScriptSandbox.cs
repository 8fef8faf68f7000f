using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Jint;
using JsEngine = Jint.Engine;
using Jint.Constraints;
using Jint.Native;
using Jint.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Engine.Common;

namespace Platform.Engine.Scripting;

/// <summary>
/// Runs untrusted JavaScript: strict mode, no CLR access, no <c>eval</c> or <c>new Function</c>, limits on
/// time, statements, memory and recursion, and a cancellation token. Every run gets a new engine, so a
/// prototype one script changes is pristine for the next; the engine options and parsed scripts are shared.
/// This is the only class that creates a Jint engine.
/// </summary>
public sealed partial class ScriptSandbox
{
    private readonly Jint.Options _engineOptions;
    private readonly ScriptOptions _limits;
    private readonly ScriptCache _cache;
    private readonly ILogger<ScriptSandbox> _logger;
    private readonly TimeProvider _clock;
    private readonly HashSet<string> _builtIns;

    public ScriptSandbox(IOptions<ScriptOptions> options, TimeProvider clock, LocalCalendar local, ILogger<ScriptSandbox> logger)
    {
        _limits = options.Value;
        _cache = new ScriptCache(_limits.CacheSize);
        _logger = logger;
        _clock = clock;
        _engineOptions = new Jint.Options
        {
            Strict = true,
            TimeZone = local.Zone,
            Culture = CultureInfo.InvariantCulture,
            TimeSystem = new ClockTimeSystem(clock, local.Zone),
        };
        _engineOptions.DisableStringCompilation();
        _engineOptions.LimitRecursion(_limits.RecursionDepth)
            .MaxStatements(_limits.MaxStatements)
            .LimitMemory(_limits.MemoryBytes)
            .TimeoutInterval(TimeSpan.FromMilliseconds(_limits.TimeoutMilliseconds))
            // A placeholder token: each run puts its own into its engine's copy of the constraint.
            .CancellationToken(new CancellationTokenSource().Token);
        // The names JavaScript itself defines, which no host global may replace.
        _builtIns = new JsEngine(_engineOptions).Global.GetOwnPropertyKeys()
            .Where(key => key.IsString())
            .Select(key => key.AsString())
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The syntax error of <paramref name="source"/>, or null when it parses; for definitions checked where they are saved.</summary>
    public static ScriptError? CheckSyntax(string source) => ScriptCache.Parse(source).Error;

    /// <summary>
    /// The words of <paramref name="source"/> that could name a global: the only host functions and globals
    /// a run defines (see <see cref="ScriptInput.Functions"/>), so a host can skip building the others. Cached
    /// with the parsed script.
    /// </summary>
    public IReadOnlySet<string> WordsOf(string source) => _cache.Get(source).Words;

    /// <summary>Runs <paramref name="source"/>; <paramref name="name"/> identifies it in the log.</summary>
    public ScriptRun Run(string name, string source, ScriptInput input, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var parsed = _cache.Get(source);
        if (parsed.Error is { } syntax)
        {
            return new ScriptRun(null, syntax, [], Stopwatch.GetElapsedTime(started));
        }
        var engine = new JsEngine(_engineOptions);
        engine.Constraints.Find<CancellationConstraint>()!.Reset(ct);
        var globals = new ScriptGlobals(engine, input, _limits, _clock);
        var host = new ScriptHostGlobals(engine, input, parsed.Words, _builtIns);
        try
        {
            globals.Install();
            host.Install();
            var result = ScriptValues.ToJson(engine.Evaluate(parsed.Script));
            var record = input.ReturnsRecord ? ScriptValues.ToJson(engine.GetValue("record")) as System.Text.Json.Nodes.JsonObject : null;
            return new ScriptRun(result, null, globals.Logs, Stopwatch.GetElapsedTime(started), record, globals.Signals, host.ReadBack());
        }
        catch (Exception e) when (Describe(e, engine) is { } error)
        {
            _logger.LogInformation("Script {Script} failed: {Kind} at {Line}:{Column}: {Message}", name, error.Kind, error.Line, error.Column, error.Message);
            return new ScriptRun(null, error, globals.Logs, Stopwatch.GetElapsedTime(started), Emitted: globals.Signals);
        }
    }

    private ScriptError? Describe(Exception e, JsEngine engine)
    {
        var (kind, message) = e switch
        {
            JavaScriptException js => (ScriptErrorKinds.Error, Thrown(js)),
            StatementsCountOverflowException => (ScriptErrorKinds.Statements, Texts.Get("script.statements", _limits.MaxStatements)),
            MemoryLimitExceededException => (ScriptErrorKinds.Memory, Texts.Get("script.memory", _limits.MemoryBytes / 1024 / 1024.0)),
            RecursionDepthOverflowException => (ScriptErrorKinds.Recursion, Texts.Get("script.recursion", _limits.RecursionDepth)),
            TimeoutException => (ScriptErrorKinds.Timeout, Texts.Get("script.timeout", _limits.TimeoutMilliseconds)),
            ExecutionCanceledException => (ScriptErrorKinds.Cancelled, Texts.Get("script.cancelled")),
            ScriptResultException r => (ScriptErrorKinds.Result, Texts.Get("script.result", r.Message)),
            JintException j => (ScriptErrorKinds.Error, j.Message),
            _ => (null, null),
        };
        if (kind is null)
        {
            return null;
        }
        var (line, column) = e is JavaScriptException { Location.Start.Line: > 0 } thrown
            ? (thrown.Location.Start.Line, thrown.Location.Start.Column + 1)
            : Where(engine.Advanced.StackTrace);
        return new ScriptError(kind, message!, Math.Max(1, line - 1), Math.Max(1, column));
    }

    private static string Thrown(JavaScriptException e)
    {
        if (e.Error is Jint.Native.Object.ObjectInstance error && error.Get("name") is JsString name)
        {
            return $"{name}: {e.Message}";
        }
        return e.Message;
    }

    /// <summary>The innermost frame's position; limits are raised by the engine, not at a thrown error.</summary>
    private static (int Line, int Column) Where(string stackTrace)
    {
        var match = FramePosition().Match(stackTrace);
        return match.Success
            ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : (2, 1);
    }

    [GeneratedRegex(@":(\d+):(\d+)")]
    private static partial Regex FramePosition();
}
