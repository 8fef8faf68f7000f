using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Execution;
using static Platform.Engine.Tests.Workflows.Execution.ElsaJson;

namespace Platform.Engine.Tests.Workflows.Activities;

public sealed class TimeAndScriptTests : ActivityTest
{
    private static readonly TimeSpan Local = TimeSpan.FromHours(8);

    // The engine clock stands at Monday 2026-06-15 17:00 in the platform's zone (Asia/Shanghai).
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Engine.EntityAsync("""
            {"slug":"lead","label":{"en":"Lead"},"fields":[{"slug":"name","type":"text","required":true},
              {"slug":"status","type":"select","options":[{"value":"new"},{"value":"lost"}]},{"slug":"close","type":"date"}]}
            """);
    }

    [Fact]
    public async Task DelayWorkingTime_WaitsOnATimerAtTheEndOfTheWorkingSpan_AndGoesOnWhenItFires()
    {
        await StartAsync(Chain(Node("wait", "Platform.DelayWorkingTime", ("duration", Literal("04:00:00", "TimeSpan"))), WriteLine("after")));

        Assert.Equal(WorkflowSubStatus.Suspended, Status);
        var timer = Assert.Single(State.Bookmarks);
        Assert.Equal(("Platform.DelayWorkingTime", new DateTimeOffset(2026, 6, 16, 12, 0, 0, Local)), (timer.Name, timer.DueAt));

        Engine.Clock.SetUtcNow(timer.DueAt!.Value);
        await ResumeAsync("wait");

        Assert.Equal(WorkflowSubStatus.Finished, Status);
        Assert.NotNull(OutcomesOf("after"));
    }

    [Fact]
    public async Task DelayWorkingTime_WaitsUntilTheNextWorkingMorning_WhenUntilFallsOnAWeekend()
    {
        await StartAsync(Chain(Node("wait", "Platform.DelayWorkingTime", ("until", Literal("2026-06-20T10:00:00+08:00", "DateTimeOffset")))));

        Assert.Equal(new DateTimeOffset(2026, 6, 22, 9, 0, 0, Local), Assert.Single(State.Bookmarks).DueAt);
    }

    [Fact]
    public async Task DelayWorkingTime_GoesOnAtOnce_WhenUntilIsAWorkingMomentAlreadyPast()
    {
        await StartAsync(Chain(Node("wait", "Platform.DelayWorkingTime", ("until", Literal("2026-06-15T10:00:00+08:00", "DateTimeOffset")))));

        Assert.Equal(WorkflowSubStatus.Finished, Status);
        Assert.Empty(State.Bookmarks);
    }

    [Fact]
    public async Task RunScript_ReturnsItsResult_FromTheRecordRelatedRecordsAndTheWorkingCalendar()
    {
        await Engine.CreateAsync("lead", """{"name":"Other","status":"new"}""");
        var lead = await Engine.CreateAsync("lead", """{"name":"Li","status":"new"}""");
        var script = """
            const same = related('lead', { status: record.status });
            log('found', same.length);
            return { name: record.name, same: same.length, callBy: workingDays.add('2026-06-19', 1) };
            """;

        await StartAsync(Chain(Node("score", "Platform.RunScript", ("script", Literal(script, "String")))), RecordInput("lead", lead));

        Assert.Equal(WorkflowSubStatus.Finished, Status);
        Assert.Equal("""{"name":"Li","same":2,"callBy":"2026-06-22"}""", OutputsOf("score")!["result"]!.ToJsonString());
        Assert.Equal("found 2", Journal.Last(e => e.ActivityId == "score").Message);
    }

    [Fact]
    public async Task RunScript_FaultsWithTheScriptsLineAndColumn_WhenItThrows()
    {
        await StartAsync(Chain(Node("score", "Platform.RunScript", ("script", Literal("const a = 1;\n  throw new Error('no budget');", "String")))));

        Assert.Equal(WorkflowSubStatus.Faulted, Status);
        var incident = Incident();
        Assert.Contains("no budget", incident.Message);
        Assert.Equal(2, incident.Line);
    }

    [Fact]
    public async Task RecordUpdated_InAFlowWaitsForTheNextMatchingUpdateOfItsRecord_AndLetsOthersPass()
    {
        var lead = await Engine.CreateAsync("lead", """{"name":"Li","status":"new"}""");
        var waitLost = Node("lost", "Platform.RecordUpdated", ("entity", Literal("lead", "String")), ("field", Literal("status", "String")),
            ("to", Literal("lost", "String")));

        await StartAsync(Chain(WriteLine("before"), waitLost, WriteLine("after")), RecordInput("lead", lead), "lead:1");

        Assert.Equal(WorkflowSubStatus.Suspended, Status);
        Assert.Equal(new TriggerPayload("Platform.RecordUpdated", new JsonObject { ["entity"] = "lead" }).Hash, Assert.Single(State.Bookmarks).Hash);

        await ResumeAsync("lost", Update("name", "Li", "Li Wei"));
        Assert.Equal(WorkflowSubStatus.Suspended, Status);
        Assert.Single(State.Bookmarks);

        await ResumeAsync("lost", Update("status", "new", "lost"));
        Assert.Equal(WorkflowSubStatus.Finished, Status);
        Assert.Equal("lost", (string?)OutputsOf("lost")!["result"]!["changes"]![0]!["new"]);
    }

    [Fact]
    public async Task DateReached_InAFlowWaitsOnATimerForItsRecordsDate_OrLeavesThroughNoDateWithoutOne()
    {
        var dated = await Engine.CreateAsync("lead", """{"name":"Li","close":"2026-06-25"}""");
        var undated = await Engine.CreateAsync("lead", """{"name":"Wang"}""");
        var node = Node("due", "Platform.DateReached", ("entity", Literal("lead", "String")), ("field", Literal("close", "String")),
            ("offset", Literal("-2.00:00:00", "TimeSpan")), ("time", Literal("09:30", "String")));

        await StartAsync(Chain(node), RecordInput("lead", dated));
        Assert.Equal(new DateTimeOffset(2026, 6, 23, 9, 30, 0, Local), Assert.Single(State.Bookmarks).DueAt);

        await StartAsync(Chain(node.DeepClone().AsObject()), RecordInput("lead", undated));
        Assert.Equal(WorkflowSubStatus.Finished, Status);
        Assert.Equal(["NoDate"], OutcomesOf("due"));
    }

    private static JsonObject Update(string field, string old, string now) => new()
    {
        ["entity"] = "lead",
        ["recordId"] = 1,
        ["changes"] = new JsonArray(new JsonObject { ["field"] = field, ["old"] = old, ["new"] = now }),
    };
}
