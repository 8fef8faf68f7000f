using System.Text.Json.Nodes;
using Platform.Engine.Scripting;

namespace Platform.Engine.Tests.Scripting;

public sealed class ScriptSandboxTests
{
    private static readonly ScriptSandbox Sandbox = Sandboxes.Create();

    private static ScriptInput Lead(object budget) => new() { Record = new Dictionary<string, object?> { ["budget"] = budget, ["name"] = "Ann" } };

    [Fact]
    public void Run_ReturnsTheReturnedValue()
    {
        var run = Sandbox.Run("let s = record.budget * 2;\nreturn {score: s, grade: 'B'};", Lead(4L));
        Assert.True(run.Ok, run.Error?.Message);
        Assert.Equal("""{"score":8,"grade":"B"}""", run.Result!.ToJsonString());
    }

    [Fact]
    public void Run_ReturnsTheValueOfABareExpression()
    {
        Assert.Equal(7L, Sandbox.Run("record.budget + 3", Lead(4L)).Result!.GetValue<long>());
    }

    [Fact]
    public void Run_StopsWithTimeout_WhenALoopNeverEnds()
    {
        var patient = Sandboxes.Create(o => { o.MaxStatements = 100_000_000; o.TimeoutMilliseconds = 50; });
        var run = patient.Run("while(true){}");
        Assert.Equal(ScriptErrorKinds.Timeout, run.Error!.Kind);
    }

    [Fact]
    public void Run_StopsAtTheStatementLimit_WhenALoopRunsTooLong()
    {
        // Only the limit under test may stop it, however slow the machine: the time limit is generous.
        var run = Sandboxes.Create(o => o.TimeoutMilliseconds = 30_000).Run("let i = 0;\nwhile (true) { i++; }");
        Assert.Equal(ScriptErrorKinds.Statements, run.Error!.Kind);
        Assert.Equal(2, run.Error.Line);
    }

    [Fact]
    public void Run_StopsAtTheMemoryLimit_WhenAScriptKeepsAllocating()
    {
        var generous = Sandboxes.Create(o => { o.MaxStatements = 100_000_000; o.TimeoutMilliseconds = 30_000; });
        var run = generous.Run("const a = [];\nfor (;;) { a.push('x'.repeat(1000) + a.length); }");
        Assert.Equal(ScriptErrorKinds.Memory, run.Error!.Kind);
    }

    [Fact]
    public void Run_StopsAtTheRecursionLimit_WhenAFunctionCallsItselfForever()
    {
        var run = Sandboxes.Create(o => o.TimeoutMilliseconds = 30_000).Run("function f(n) {\n  return f(n + 1);\n}\nreturn f(0);");
        Assert.Equal(ScriptErrorKinds.Recursion, run.Error!.Kind);
        Assert.Equal(2, run.Error.Line);
    }

    [Fact]
    public void Run_StopsWhenCancelled()
    {
        var patient = Sandboxes.Create(o => { o.MaxStatements = 100_000_000; o.TimeoutMilliseconds = 60_000; });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        Assert.Equal(ScriptErrorKinds.Cancelled, patient.Run("while(true){}", ct: cancel.Token).Error!.Kind);
    }

    [Theory]
    [InlineData("importNamespace('System.IO')")]
    [InlineData("System.IO.File")]
    [InlineData("clr")]
    [InlineData("require('fs')")]
    [InlineData("process.env")]
    [InlineData("fetch('http://example.com')")]
    public void Run_CannotReachTheHost(string script)
    {
        var run = Sandbox.Run(script);
        Assert.Equal(ScriptErrorKinds.Error, run.Error!.Kind);
        Assert.StartsWith("ReferenceError", run.Error.Message);
    }

    [Theory]
    [InlineData("eval('1 + 1')")]
    [InlineData("new Function('return 1')()")]
    [InlineData("Function('return 1')()")]
    [InlineData("(() => 1).constructor('return 1')()")]
    [InlineData("(async function(){}).constructor('return 1')")]
    [InlineData("(function*(){}).constructor('yield 1')")]
    public void Run_RefusesToCompileStrings(string script)
    {
        var run = Sandbox.Run(script);
        Assert.Equal(ScriptErrorKinds.Error, run.Error!.Kind);
        Assert.Contains("String compilation has been disabled", run.Error.Message);
    }

    [Fact]
    public void Run_SeesOnlyTheStandardGlobalsAndTheScriptApi()
    {
        var input = Lead(1L) with { Calendar = new WorkingCalendar(new WorkingCalendarSettings(), TimeZoneInfo.Utc) };
        var names = Sandbox.Run("return Object.getOwnPropertyNames(globalThis).filter(n => !/^[A-Z]/.test(n)).sort();", input).Result!.AsArray()
            .Select(n => n!.GetValue<string>()).ToArray();
        string[] expected =
        [
            "decodeURI", "decodeURIComponent", "encodeURI", "encodeURIComponent", "escape", "eval", "globalThis", "isFinite", "isNaN",
            "log", "now", "parseFloat", "parseInt", "previous", "record", "toString", "undefined", "unescape", "user", "workingDays",
        ];
        Assert.Equal(expected.Where(n => !names.Contains(n)), []);
        Assert.Equal(names.Where(n => !expected.Contains(n) && n != "NaN" && n != "Infinity"), []);
    }

    [Fact]
    public void Run_IsStrict_SoAnUndeclaredAssignmentFails()
    {
        var run = Sandbox.Run("total = 1;");
        Assert.StartsWith("ReferenceError", run.Error!.Message);
    }

    [Fact]
    public void Run_StartsFromPristineBuiltIns_AfterAnotherScriptChangedAPrototype()
    {
        Assert.True(Sandbox.Run("Array.prototype.includes = () => true; Object.prototype.hacked = 1; return [].includes(1);").Result!.GetValue<bool>());
        var next = Sandbox.Run("return [[].includes(1), ({}).hacked === undefined];");
        Assert.Equal("[false,true]", next.Result!.ToJsonString());
    }

    [Fact]
    public void Run_DoesNotSeeGlobalsLeftByAnEarlierRun()
    {
        Sandbox.Run("globalThis.secret = 42;");
        Assert.Equal("undefined", Sandbox.Run("return typeof secret;").Result!.GetValue<string>());
    }

    [Fact]
    public void Run_ChangesToRecordStayInTheScript_UnlessItIsAHook()
    {
        var values = new Dictionary<string, object?> { ["budget"] = 1L };
        var hook = Sandbox.Run("record.budget = 5; record.note = 'set';", new ScriptInput { Record = values, ReturnsRecord = true });
        Assert.Equal(1L, values["budget"]);
        Assert.Equal("""{"budget":5,"note":"set"}""", hook.Record!.ToJsonString());
    }

    [Fact]
    public void Run_ReportsASyntaxErrorWhereTheAuthorWroteIt()
    {
        var run = Sandbox.Run("let a = 1;\nreturn a +* 2;");
        Assert.Equal(ScriptErrorKinds.Syntax, run.Error!.Kind);
        Assert.Equal((2, 11), (run.Error.Line, run.Error.Column));
    }

    [Fact]
    public void Run_ReportsAThrownErrorAtTheErrorItThrew()
    {
        var run = Sandbox.Run("const a = 1;\n  throw new Error('no budget');");
        Assert.Equal(ScriptErrorKinds.Error, run.Error!.Kind);
        Assert.Equal("Error: no budget", run.Error.Message);
        Assert.Equal((2, 9), (run.Error.Line, run.Error.Column));
    }

    [Fact]
    public void Run_ReportsATypeErrorAtTheFailingMember()
    {
        var run = Sandbox.Run("\nreturn record.company.name;", Lead(1L));
        Assert.StartsWith("TypeError", run.Error!.Message);
        Assert.Equal(2, run.Error.Line);
    }

    [Fact]
    public void Run_RefusesAResultWithNoJsonForm()
    {
        Assert.Equal(ScriptErrorKinds.Result, Sandbox.Run("return () => 1;").Error!.Kind);
        Assert.Equal(ScriptErrorKinds.Result, Sandbox.Run("return 0 / 0;").Error!.Kind);
    }

    [Fact]
    public void Now_ReadsThePlatformClock()
    {
        var clock = Sandboxes.Clock();
        var sandbox = Sandboxes.Create(clock: clock);
        clock.Advance(TimeSpan.FromDays(2));
        var run = sandbox.Run("return [now().toISOString(), new Date().getTime() === Date.now(), now().getHours()];");
        Assert.Equal("""["2026-06-17T01:30:00.000Z",true,9]""", run.Result!.ToJsonString());
    }

    [Fact]
    public void Log_IsCapturedInOrder()
    {
        var run = Sandbox.Run("log('budget', record.budget); log({a: [1, 2]}); return 1;", Lead(3L));
        Assert.Equal(["budget 3", """{"a":[1,2]}"""], run.Logs);
    }

    [Fact]
    public void Log_KeepsTheLinesWrittenBeforeAFailure()
    {
        var run = Sandbox.Run("log('before'); throw new Error('x');");
        Assert.Equal(["before"], run.Logs);
        Assert.False(run.Ok);
    }

    [Fact]
    public void Emit_IsOnlyDefinedForAfterSaveScripts()
    {
        Assert.StartsWith("ReferenceError", Sandbox.Run("emit('won');").Error!.Message);
        var run = Sandbox.Run("emit('won', {amount: 5});", new ScriptInput { CanEmit = true });
        Assert.Equal(("won", """{"amount":5}"""), (run.Emitted![0].Name, run.Emitted[0].Data!.ToJsonString()));
    }

    [Fact]
    public void Related_ReturnsOnlyWhatTheProviderReads_CappedByTheLimit()
    {
        var provider = new ListRelated();
        var sandbox = Sandboxes.Create(o => o.RelatedRowCap = 2);
        var run = sandbox.Run("const a = related('activity', {lead: 7}); return [a.length, a[0].channel, typeof record.activity];",
            new ScriptInput { Related = provider });
        Assert.Equal("""[2,"meeting","undefined"]""", run.Result!.ToJsonString());
        Assert.Equal(("activity", """{"lead":7}""", 2), provider.Asked);
    }

    [Fact]
    public void Related_RefusalIsAnErrorTheScriptCanCatch()
    {
        var run = Sandbox.Run("try { related('nope'); } catch (e) { return e.message; }", new ScriptInput { Related = new ListRelated() });
        Assert.Equal("no such entity", run.Result!.GetValue<string>());
    }

    [Fact]
    public void WorkingDays_CountsOverWeekendsHolidaysAndTheYearEnd()
    {
        var settings = new WorkingCalendarSettings
        {
            Holidays = [new CalendarDay(new DateOnly(2026, 1, 1)), new CalendarDay(new DateOnly(2026, 1, 2))],
            WorkingDays = [new CalendarDay(new DateOnly(2026, 1, 4))],
        };
        var input = new ScriptInput { Calendar = new WorkingCalendar(settings, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")) };
        var run = Sandbox.Run("return [workingDays.add('2025-12-31', 1), workingDays.add('2025-12-31', 2), workingDays.between('2025-12-26', '2026-01-05'), workingDays.isWorkingDay('2026-01-04')];", input);
        Assert.Equal("""["2026-01-04","2026-01-05",5,true]""", run.Result!.ToJsonString());
    }

    [Fact]
    public void WorkingDays_BadArgumentsAreErrorsTheScriptSees()
    {
        var input = new ScriptInput { Calendar = new WorkingCalendar(new WorkingCalendarSettings(), TimeZoneInfo.Utc) };
        Assert.Contains("hours must be a number", Sandbox.Run("workingDays.addHours(now(), -2)", input).Error!.Message);
        Assert.Contains("a date must be", Sandbox.Run("workingDays.add('soon', 1)", input).Error!.Message);
        Assert.Contains("days must be a whole number", Sandbox.Run("workingDays.add('2026-01-05', 1.5)", input).Error!.Message);
    }

    [Fact]
    public void Options_WithAZeroLimit_AreRejectedAtStart()
    {
        Assert.Contains(new ScriptOptions { MaxStatements = 0 }.Problems(), p => p.Contains("MaxStatements"));
        Assert.Contains(new ScriptOptions { TimeoutMilliseconds = 0 }.Problems(), p => p.Contains("TimeoutMilliseconds"));
        Assert.Contains(new ScriptOptions { MemoryBytes = 0 }.Problems(), p => p.Contains("MemoryBytes"));
        Assert.Contains(new ScriptOptions { RecursionDepth = 0 }.Problems(), p => p.Contains("RecursionDepth"));
        Assert.Empty(new ScriptOptions().Problems());
    }

    private sealed class ListRelated : IScriptRelated
    {
        public (string Entity, string? Filter, int Limit) Asked { get; private set; }

        public IReadOnlyList<IReadOnlyDictionary<string, object?>> Find(string entity, JsonObject? filter, int limit)
        {
            if (entity == "nope")
            {
                throw new ScriptHostException("no such entity");
            }
            Asked = (entity, filter?.ToJsonString(), limit);
            return Enumerable.Range(0, limit).Select(i => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["channel"] = "meeting", ["n"] = i }).ToList();
        }
    }
}
