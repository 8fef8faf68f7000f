using System.Globalization;
using System.Text.Json.Nodes;
using Jint;
using JsEngine = Jint.Engine;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Platform.Engine.Scripting;

/// <summary>
/// The script API beyond the data: <c>now()</c>, <c>log()</c>, <c>workingDays</c>, <c>related()</c> and
/// <c>emit()</c>. Each is a plain function object of this evaluation's engine, never a wrapped .NET object.
/// </summary>
internal sealed class ScriptGlobals(JsEngine engine, ScriptInput input, ScriptOptions options, TimeProvider clock)
{
    private const int MaxLogLength = 2_000;
    private const int MaxSignals = 100;

    public List<string> Logs { get; } = [];

    public List<ScriptSignal> Signals { get; } = [];

    /// <summary>
    /// Defines the globals. All but <c>record</c> are built on first use: a fresh engine per run makes every
    /// object a script never touches pure cost.
    /// </summary>
    public void Install()
    {
        engine.SetValue("record", ScriptValues.ToJs(engine, input.Record));
        Lazy("previous", () => input.Previous is null ? JsValue.Null : ScriptValues.ToJs(engine, input.Previous));
        Lazy("user", () => input.User is null ? JsValue.Null : ScriptValues.ToJs(engine, input.User));
        Lazy("now", () => Function("now", 0, (_, _) => JsValue.FromObject(engine, clock.GetUtcNow())));
        Lazy("log", () => Function("log", 0, Log));
        if (input.Calendar is { } calendar)
        {
            Lazy("workingDays", () => WorkingDays(calendar));
        }
        if (input.Related is { } related)
        {
            Lazy("related", () => Function("related", 2, (_, args) => Related(related, args)));
        }
        if (input.CanEmit)
        {
            Lazy("emit", () => Function("emit", 2, Emit));
        }
    }

    private void Lazy(string name, Func<JsValue> create) =>
        engine.Advanced.AddLazyGlobal(name, _ => create(), PropertyFlag.ConfigurableEnumerableWritable);

    private ClrFunction Function(string name, int length, Func<JsValue, JsValue[], JsValue> body) => new(engine, name, body, length);

    private JsValue Log(JsValue self, JsValue[] args)
    {
        if (Logs.Count < options.MaxLogLines)
        {
            var line = string.Join(' ', args.Select(Describe));
            Logs.Add(line.Length > MaxLogLength ? line[..MaxLogLength] + "…" : line);
        }
        return JsValue.Undefined;
    }

    private static string Describe(JsValue value)
    {
        if (value.IsString())
        {
            return value.AsString();
        }
        try
        {
            return ScriptValues.ToJson(value)?.ToJsonString() ?? (value.IsUndefined() ? "undefined" : "null");
        }
        catch (ScriptResultException)
        {
            return value.ToString();
        }
    }

    private JsValue Related(IScriptRelated related, JsValue[] args)
    {
        var entity = args.Length > 0 && args[0].IsString() ? args[0].AsString() : throw Error("related(entity, filter): entity must be a string");
        JsonObject? filter = null;
        if (args.Length > 1 && !args[1].IsNull() && !args[1].IsUndefined())
        {
            filter = Json(args[1]) as JsonObject ?? throw Error("related(entity, filter): filter must be an object");
        }
        try
        {
            return ScriptValues.ToJs(engine, related.Find(entity, filter, options.RelatedRowCap));
        }
        catch (ScriptHostException e)
        {
            throw Error(e.Message);
        }
    }

    private JsValue Emit(JsValue self, JsValue[] args)
    {
        var name = args.Length > 0 && args[0].IsString() ? args[0].AsString() : "";
        if (name.Length is 0 or > 100)
        {
            throw Error("emit(name, data): name must be a string of 1 to 100 characters");
        }
        if (Signals.Count >= MaxSignals)
        {
            throw Error($"emit(): at most {MaxSignals} events per run");
        }
        Signals.Add(new ScriptSignal(name, args.Length > 1 ? Json(args[1]) : null));
        return JsValue.Undefined;
    }

    private JsObject WorkingDays(WorkingCalendar calendar)
    {
        var days = new JsObject(engine);
        Method(days, "add", 2, a => new JsString(Format(calendar.AddDays(Day(a, 0, calendar), Whole(a, 1, "add(date, days)")))));
        Method(days, "between", 2, a => new JsNumber(calendar.Between(Day(a, 0, calendar), Day(a, 1, calendar))));
        Method(days, "isWorkingDay", 1, a => calendar.IsWorkingDay(Day(a, 0, calendar)) ? JsBoolean.True : JsBoolean.False);
        Method(days, "addHours", 2, a =>
        {
            var hours = a.Length > 1 && a[1].IsNumber() && a[1].AsNumber() is >= 0 and < 1e6
                ? a[1].AsNumber() : throw Error("workingDays.addHours(date, hours): hours must be a number from 0");
            return JsValue.FromObject(engine, calendar.AddWorkingTime(Instant(a, 0), TimeSpan.FromHours(hours)));
        });
        return days;
    }

    /// <summary>A calendar method; a date the calendar cannot reach (beyond year 9999) is an error the script sees.</summary>
    private void Method(JsObject target, string name, int length, Func<JsValue[], JsValue> body) =>
        target.FastSetDataProperty(name, new ClrFunction(engine, name, (_, args) =>
        {
            try
            {
                return body(args);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw Error($"workingDays.{name}: {e.Message}");
            }
        }, length));

    private int Whole(JsValue[] args, int index, string call) =>
        args.Length > index && args[index].IsNumber() && double.IsInteger(args[index].AsNumber()) && Math.Abs(args[index].AsNumber()) <= 100_000
            ? (int)args[index].AsNumber()
            : throw Error($"workingDays.{call}: days must be a whole number");

    private DateOnly Day(JsValue[] args, int index, WorkingCalendar calendar)
    {
        var value = args.Length > index ? args[index] : JsValue.Undefined;
        if (value.IsString() && DateOnly.TryParseExact(value.AsString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Instant(args, index), calendar.Zone).DateTime);
    }

    private DateTimeOffset Instant(JsValue[] args, int index)
    {
        var value = args.Length > index ? args[index] : JsValue.Undefined;
        if (value.IsDate() && !double.IsNaN(value.AsDate().DateValue))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds((long)value.AsDate().DateValue);
        }
        if (value.IsString() && DateTimeOffset.TryParse(value.AsString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at;
        }
        throw Error("workingDays: a date must be a Date or a text such as 2026-10-01");
    }

    private static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private JsonNode? Json(JsValue value) => ScriptValues.Argument(engine, value);

    private JavaScriptException Error(string message) => new(engine.Intrinsics.Error, message);
}
