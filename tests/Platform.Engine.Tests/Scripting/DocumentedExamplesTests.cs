using System.Text.Json.Nodes;
using Platform.Engine.Scripting;

namespace Platform.Engine.Tests.Scripting;

/// <summary>
/// docs/scripting.md cannot drift from the sandbox: every worked example is run with the request the page
/// shows, on the clock and calendar it states (Monday 15 June 2026, 09:30 Beijing time; Saturday and
/// Sunday off and the China 2026 preset loaded), and must answer the response the page shows.
/// </summary>
public sealed class DocumentedExamplesTests
{
    private static readonly ScriptSandbox Sandbox = Sandboxes.Create();

    private static readonly WorkingCalendar Calendar = new(
        new WorkingCalendarSettings
        {
            Holidays = [.. CalendarPresets.All.Single(p => p.Id == "cn-2026").Holidays],
            WorkingDays = [.. CalendarPresets.All.Single(p => p.Id == "cn-2026").WorkingDays],
        },
        TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));

    public static TheoryData<string> CaseNames() => [.. DocumentedExamples.Cases().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Example_AnswersWhatTheDocsShow(string name)
    {
        var example = DocumentedExamples.Cases().Single(c => c.Name == name);
        var kind = example.Request["kind"]!.GetValue<string>();
        var input = new ScriptInput
        {
            Record = Values(example.Request["record"]),
            Previous = example.Request["previous"] is JsonObject previous ? Values(previous) : null,
            Calendar = Calendar,
            ReturnsRecord = kind is ScriptKinds.BeforeSave or "hook",
            CanEmit = kind == ScriptKinds.AfterSave,
        };

        var run = Sandbox.Run(name, example.Script, input, CancellationToken.None);

        foreach (var (member, expected) in example.Response)
        {
            var actual = member switch
            {
                "ok" => JsonValue.Create(run.Ok),
                "result" => run.Result,
                "logs" => new JsonArray([.. run.Logs.Select(l => (JsonNode?)JsonValue.Create(l))]),
                "record" => run.Record,
                "emitted" => new JsonArray([.. (run.Emitted ?? []).Select(e => (JsonNode?)new JsonObject { ["name"] = e.Name, ["data"] = e.Data?.DeepClone() })]),
                "error" => Error(run.Error, expected as JsonObject),
                _ => throw new InvalidOperationException($"docs/scripting.md {name}.response: '{member}' is not checked here"),
            };
            Assert.True(Same(expected, actual), $"{name}: {member} is {actual?.ToJsonString() ?? "null"}, the docs say {expected?.ToJsonString() ?? "null"}");
        }
    }

    [Fact]
    public void EveryScriptOfTheDocs_HasAnExampleRun()
    {
        var tried = DocumentedExamples.Cases().Select(c => c.Name.Split('/')[0]).ToHashSet();
        Assert.Equal([], DocumentedExamples.Scripts().Keys.Except(tried));
        string[] required = ["bant", "lost_reason", "weighted_amount", "normalise_phone", "follow_up", "announce_win"];
        Assert.Equal([], required.Except(tried));
    }

    private static Dictionary<string, object?> Values(JsonNode? record) =>
        (record as JsonObject ?? []).ToDictionary(p => p.Key, p => (object?)p.Value?.DeepClone());

    /// <summary>The run's error, with only the members the docs state (durations and the like vary).</summary>
    private static JsonObject? Error(ScriptError? error, JsonObject? stated)
    {
        if (error is null)
        {
            return null;
        }
        var all = new JsonObject { ["kind"] = error.Kind, ["message"] = error.Message, ["line"] = error.Line, ["column"] = error.Column };
        return stated is null ? all : new JsonObject(stated.Select(p => KeyValuePair.Create(p.Key, all[p.Key]?.DeepClone())));
    }

    // Numbers compare by their JSON text, whichever .NET type holds them.
    private static bool Same(JsonNode? expected, JsonNode? actual) =>
        JsonNode.DeepEquals(Reparse(expected), Reparse(actual));

    private static JsonNode? Reparse(JsonNode? node) => node is null ? null : JsonNode.Parse(node.ToJsonString());
}
