using System.Text.Json.Nodes;
using Platform.Engine.Scripting;

namespace Platform.Engine.Tests.Scripting;

/// <summary>Functions and globals a host adds to a script (<see cref="ScriptInput.Functions"/>, <see cref="ScriptInput.Globals"/>).</summary>
public sealed class ScriptHostTests
{
    private static readonly ScriptSandbox Sandbox = Sandboxes.Create();

    [Fact]
    public void Run_CallsAHostFunction_WithItsArgumentsAsJson()
    {
        List<string> seen = [];
        var input = new ScriptInput
        {
            Functions = new Dictionary<string, ScriptFunction>
            {
                ["describe"] = args =>
                {
                    seen.AddRange(args.Select(a => a?.ToJsonString() ?? "null"));
                    return new JsonObject { ["count"] = args.Count, ["first"] = args[0]?.DeepClone() };
                },
            },
        };

        var run = Sandbox.Run("return describe({ a: [1, 'x'] }, undefined, new Date(0)).first.a[1];", input);

        Assert.True(run.Ok, run.Error?.Message);
        Assert.Equal("x", run.Result!.GetValue<string>());
        Assert.Equal(["""{"a":[1,"x"]}""", "null", "\"1970-01-01T00:00:00.000Z\""], seen);
    }

    [Fact]
    public void Run_GivesTheScriptAnErrorItMayCatch_WhenAHostFunctionRefuses()
    {
        var input = new ScriptInput { Functions = new Dictionary<string, ScriptFunction> { ["refuse"] = _ => throw new ScriptHostException("not today") } };

        Assert.Equal("not today", Sandbox.Run("try { refuse(); } catch (e) { return e.message; }", input).Result!.GetValue<string>());
        var run = Sandbox.Run("const a = 1;\nrefuse();", input);
        Assert.Equal(ScriptErrorKinds.Error, run.Error!.Kind);
        Assert.Equal(2, run.Error.Line);
    }

    [Fact]
    public void Run_RefusesToPassAFunctionToTheHost()
    {
        var input = new ScriptInput { Functions = new Dictionary<string, ScriptFunction> { ["keep"] = _ => null } };

        var run = Sandbox.Run("keep(() => 1);", input);

        Assert.Equal(ScriptErrorKinds.Error, run.Error!.Kind);
        Assert.Contains("keep()", run.Error.Message);
    }

    [Fact]
    public void Run_AsksForAGlobalOnlyWhenTheScriptUsesIt_AndHandsBackWhatItLeft()
    {
        var asked = new List<string>();
        Func<JsonNode?> Value(string name, JsonNode? value) => () => { asked.Add(name); return value; };
        var input = new ScriptInput
        {
            Globals = new Dictionary<string, Func<JsonNode?>>
            {
                ["count"] = Value("count", 1),
                ["list"] = Value("list", new JsonArray(1)),
                ["untouched"] = Value("untouched", 0),
                ["readOnly"] = Value("readOnly", 5),
            },
            ReadBack = new HashSet<string> { "count", "list", "untouched" },
        };

        var run = Sandbox.Run("count = count + readOnly;\nlist.push(2);", input);

        Assert.True(run.Ok, run.Error?.Message);
        Assert.Equal(["count", "readOnly", "list"], asked);
        Assert.Equal(["count", "list"], run.ReadBack!.Keys.Order());
        Assert.Equal(6, run.ReadBack["count"]!.GetValue<long>());
        Assert.Equal("[1,2]", run.ReadBack["list"]!.ToJsonString());
    }

    [Fact]
    public void Run_DefinesOnlyTheHostNamesTheSourceContains()
    {
        var input = new ScriptInput { Functions = new Dictionary<string, ScriptFunction> { ["secret"] = _ => 1, ["shown"] = _ => 2 } };

        var run = Sandbox.Run("[typeof globalThis['sec' + 'ret'], globalThis['shown']()]", input);

        Assert.Equal("""["undefined",2]""", run.Result!.ToJsonString());
    }

    [Fact]
    public void Run_NeverReplacesAJavaScriptBuiltIn_ButReplacesThePlatformsOwnNames()
    {
        var input = new ScriptInput
        {
            Functions = new Dictionary<string, ScriptFunction> { ["JSON"] = _ => "host", ["log"] = _ => "host log" },
            Globals = new Dictionary<string, Func<JsonNode?>> { ["Math"] = () => "host", ["undefined"] = () => 1, ["record"] = () => new JsonObject { ["a"] = 1 } },
        };

        var run = Sandbox.Run("[typeof JSON.stringify, Math.max(1, 2), typeof undefined, log(), record.a]", input);

        Assert.True(run.Ok, run.Error?.Message);
        Assert.Equal("""["function",2,"undefined","host log",1]""", run.Result!.ToJsonString());
    }

    [Fact]
    public void Run_FailsWithAResultError_WhenAReadBackGlobalHoldsSomethingJsonCannot()
    {
        var input = new ScriptInput { Globals = new Dictionary<string, Func<JsonNode?>> { ["x"] = () => 1 }, ReadBack = new HashSet<string> { "x" } };

        Assert.Equal(ScriptErrorKinds.Result, Sandbox.Run("x = NaN;", input).Error!.Kind);
    }
}
