using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Execution.Activities;
using Platform.Engine.Workflows.Expressions;
using static Platform.Engine.Tests.Workflows.Execution.ElsaJson;

namespace Platform.Engine.Tests.Workflows.Execution;

/// <summary>The Elsa built-in activities, each through a small flow.</summary>
public sealed class ActivityTests
{
    [Theory]
    [InlineData("MatchFirst", 10, new[] { "big" })]
    [InlineData("MatchAny", 10, new[] { "big", "even" })]
    [InlineData("MatchAny", 3, new[] { "fallback" })]
    public async Task FlowSwitch_FollowsTheMatchingCases_OrDefault(string mode, int amount, string[] lines)
    {
        var cases = new JsonArray(
            new JsonObject { ["label"] = "Big", ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "amount > 5" } },
            new JsonObject { ["label"] = "Even", ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "amount % 2 == 0" } });
        var run = new WorkflowRun(Workflow(
            [Node("switch", "Elsa.FlowSwitch", ("cases", cases), ("mode", Literal(mode, "Elsa.Workflows.Activities.SwitchMode, Elsa.Workflows.Core"))),
             WriteLine("big"), WriteLine("even"), WriteLine("fallback")],
            [Connect("switch", "big", "Big"), Connect("switch", "even", "Even"), Connect("switch", "fallback", "Default")]),
            new Dictionary<string, Func<IExpressionScope, JsonNode?>> { ["amount > 5"] = _ => amount > 5, ["amount % 2 == 0"] = _ => amount % 2 == 0 });

        await run.StartAsync();

        Assert.Equal(lines, run.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
    }

    [Fact]
    public async Task FlowFork_FollowsEveryNamedBranch()
    {
        var run = new WorkflowRun(Workflow(
            [Node("fork", "Elsa.FlowFork", ("branches", Expression("Object", "[\"Left\",\"Right\"]", "String[]"))), WriteLine("left"), WriteLine("right"), WriteLine("done")],
            [Connect("fork", "left", "Left"), Connect("fork", "right", "Right"), Connect("fork", "done")]));

        await run.StartAsync();

        Assert.Equal(["left", "right"], run.Lines);
        Assert.Equal(1, run.Count("done", JournalEvents.Skipped));
    }

    [Fact]
    public async Task RunJavaScript_CompletesWithTheOutcomeTheScriptChose_AndRecordsItsResult()
    {
        var run = new WorkflowRun(Workflow(
            [Node("score", "Elsa.RunJavaScript", ("script", Literal("setOutcome('Hot'); return 87;", "String"))),
             Node("hot", "Elsa.WriteLine", ("text", Script("getOutputFrom('score')", "String"))), WriteLine("done")],
            [Connect("score", "hot", "Hot"), Connect("score", "done")]), new Dictionary<string, Func<IExpressionScope, JsonNode?>>
        {
            ["setOutcome('Hot'); return 87;"] = scope =>
            {
                scope.Outcomes!.Add("Hot");
                return 87;
            },
            ["getOutputFrom('score')"] = scope => Assert.IsType<JsonNode>(scope.Outcomes is null ? scope.GetOutput("score", null) : null, exactMatch: false),
        });

        await run.StartAsync();

        Assert.Equal(["87"], run.Lines);
        Assert.Equal(["Hot"], run.Journal.Single(e => e.ActivityId == "score" && e.Event == JournalEvents.Completed).Outcomes);
        Assert.Equal(1, run.Count("done", JournalEvents.Skipped));
    }

    [Fact]
    public async Task CorrelateAndSetName_SetTheInstancesCorrelationAndName()
    {
        var run = new WorkflowRun(Workflow(
            [Node("corr", "Elsa.Correlate", ("correlationId", Literal("lead:42", "String"))), Node("name", "Elsa.SetName", ("value", Literal("Lead 42 intake", "String")))],
            [Connect("corr", "name")]));

        await run.StartAsync();

        Assert.Equal(("lead:42", "Lead 42 intake"), (run.State.CorrelationId, run.State.Name));
    }

    [Fact]
    public async Task SetOutput_WritesAWorkflowOutput()
    {
        var run = new WorkflowRun(Workflow([Node("out", "Elsa.SetOutput", ("outputName", Literal("Score", "String")), ("outputValue", Literal(87)))], []));

        await run.StartAsync();

        Assert.Equal(87, run.State.Output["Score"]!.GetValue<int>());
    }

    [Fact]
    public async Task PublishEvent_RaisesAnEventStimulus_ForThisInstanceWhenLocal()
    {
        var run = new WorkflowRun(Workflow(
            [Node("publish", "Elsa.PublishEvent", ("eventName", Literal("lead.scored", "String")), ("correlationId", Literal("lead:42", "String")),
                ("isLocalEvent", Literal(true, "Boolean")), ("payload", Expression("Object", "{\"score\":87}")))],
            []));

        await run.StartAsync();

        var stimulus = Assert.Single(run.Raised);
        Assert.Equal(("Elsa.Event", "lead:42", "instance-1"), (stimulus.Name, stimulus.CorrelationId, stimulus.InstanceId));
        Assert.Equal("""{"eventName":"lead.scored"}""", stimulus.Payload.ToJsonString());
        Assert.Equal(87, stimulus.Input!["__EventPayloadWorkflowInput"]!["score"]!.GetValue<int>());
    }

    [Fact]
    public async Task EventBookmark_HashesLikeTheStimulusThatResumesIt()
    {
        var run = new WorkflowRun(Workflow([Event("wait", "lead.contacted")], []));

        await run.StartAsync();

        var bookmark = Assert.Single(run.State.Bookmarks);
        Assert.Equal(new Stimulus("Elsa.Event", new JsonObject { ["eventName"] = "lead.contacted" }).Hash, bookmark.Hash);
        Assert.Null(bookmark.DueAt);
    }

    [Fact]
    public async Task EventAsTrigger_CompletesAtOnce_WithThePayloadAsResult()
    {
        var run = new WorkflowRun(Workflow([Event("created", "lead.created"), Node("show", "Elsa.WriteLine", ("text", Script("getLastResult()", "String")))],
            [Connect("created", "show")]), new Dictionary<string, Func<IExpressionScope, JsonNode?>> { ["getLastResult()"] = scope => scope.LastResult });

        await run.StartAsync("created", new JsonObject { ["__EventPayloadWorkflowInput"] = "lead 7" });

        Assert.Equal(["lead 7"], run.Lines);
        Assert.Empty(run.State.Bookmarks);
    }

    [Fact]
    public async Task Delay_WaitsOnABookmarkDueAfterItsTimeSpan()
    {
        var run = new WorkflowRun(Workflow([Delay("wait", "2.00:00:00")], []));

        await run.StartAsync();

        var bookmark = Assert.Single(run.State.Bookmarks);
        var due = run.Clock.GetUtcNow().AddDays(2);
        Assert.Equal(("Elsa.Delay", due), (bookmark.Name, bookmark.DueAt));
        Assert.Equal(due, bookmark.Payload["resumeAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(BookmarkHash.Compute("Elsa.Delay", bookmark.Payload), bookmark.Hash);
    }

    [Fact]
    public async Task StartAt_CompletesAtOnce_WhenItsTimeHasPassed_ElseWaitsForIt()
    {
        var run = new WorkflowRun(Workflow(
            [Node("past", "Elsa.StartAt", ("dateTime", Literal("2026-06-01T00:00:00Z", "DateTimeOffset"))),
             Node("future", "Elsa.StartAt", ("dateTime", Literal("2026-07-01T08:00:00+08:00", "DateTimeOffset")))],
            [Connect("past", "future")]));

        await run.StartAsync();

        Assert.Equal(1, run.Count("past", JournalEvents.Completed));
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero), Assert.Single(run.State.Bookmarks).DueAt);
    }

    [Fact]
    public async Task CronInAFlow_WaitsForTheNextOccurrence()
    {
        var run = new WorkflowRun(Workflow([Node("cron", "Elsa.Cron", ("cronExpression", Literal("0 30 * * * *", "String")))], []));

        await run.StartAsync();

        var bookmark = Assert.Single(run.State.Bookmarks);
        Assert.Equal(new DateTimeOffset(2026, 6, 15, 9, 30, 0, TimeSpan.Zero), bookmark.DueAt);
        Assert.Equal("0 30 * * * *", bookmark.Payload["cronExpression"]!.GetValue<string>());
    }

    [Fact]
    public void Timer_OccursEveryIntervalFromPublication()
    {
        var published = new DateTimeOffset(2026, 6, 15, 9, 0, 0, TimeSpan.Zero);
        var payload = new JsonObject { ["interval"] = "01:00:00" };
        var timer = new TimerHandler();

        Assert.Equal(published.AddHours(1), timer.NextOccurrence(payload, published, published));
        Assert.Equal(published.AddHours(3), timer.NextOccurrence(payload, published, published.AddHours(2.5)));
        Assert.Equal(published.AddHours(3), timer.NextOccurrence(payload, published, published.AddHours(2)));
    }

    [Fact]
    public void StartAt_OccursOnce_AndAtOnceWhenAlreadyPastAtPublication()
    {
        var published = new DateTimeOffset(2026, 6, 15, 9, 0, 0, TimeSpan.Zero);
        var handler = new StartAtHandler();
        var future = new JsonObject { ["executeAt"] = "2026-06-20T09:00:00Z" };
        var past = new JsonObject { ["executeAt"] = "2026-06-01T09:00:00Z" };

        Assert.Equal(published.AddDays(5), handler.NextOccurrence(future, published, published));
        Assert.Null(handler.NextOccurrence(future, published, published.AddDays(5)));
        var catchUp = handler.NextOccurrence(past, published, published);
        Assert.True(catchUp > published && catchUp < published.AddSeconds(1));
        Assert.Null(handler.NextOccurrence(past, published, catchUp!.Value));
    }

    [Fact]
    public async Task Finish_EndsTheWholeInstance_EvenWithABranchStillWaiting()
    {
        var run = new WorkflowRun(Workflow([Start(), Event("wait", "go"), Node("finish", "Elsa.Finish"), WriteLine("after")],
            [Connect("start", "wait"), Connect("start", "finish"), Connect("wait", "after")]));

        await run.StartAsync();

        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
        Assert.Empty(run.State.Bookmarks);
        Assert.Empty(run.State.Contexts);
    }

    [Fact]
    public async Task Journal_RecordsInputsOutcomesAndNotes()
    {
        var run = new WorkflowRun(Workflow([Decision("decide", true), WriteLine("yes", "chosen")], [Connect("decide", "yes", "True")]));

        await run.StartAsync();

        var started = run.Journal.Single(e => e.ActivityId == "decide" && e.Event == JournalEvents.Started);
        Assert.True(started.Inputs!["condition"]!.GetValue<bool>());
        var completed = run.Journal.Single(e => e.ActivityId == "decide" && e.Event == JournalEvents.Completed);
        Assert.Equal(["True"], completed.Outcomes);
        Assert.NotNull(completed.DurationMs);
        Assert.Equal("chosen", run.Journal.Single(e => e.ActivityId == "yes" && e.Event == JournalEvents.Completed).Message);
        Assert.Equal([JournalEvents.Started, JournalEvents.Started, JournalEvents.Completed, JournalEvents.Started, JournalEvents.Completed, JournalEvents.Completed],
            run.Journal.Select(e => e.Event));
    }
}
