using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Expressions;
using static Platform.Engine.Tests.Workflows.Execution.ElsaJson;

namespace Platform.Engine.Tests.Workflows.Execution;

/// <summary>Join bugs Elsa users reported (elsa-core issue numbers), each reproduced here and shown not to happen.</summary>
public sealed class ElsaJoinIssueTests
{
    [Fact]
    public async Task WaitAll_WaitsForTheEventBranch_Issue6725()
    {
        var run = new WorkflowRun(Workflow(
            [Start(), WriteLine("a"), Event("wait", "approved"), Join("join", "WaitAll"), WriteLine("after")],
            [Connect("start", "a"), Connect("start", "wait"), Connect("a", "join"), Connect("wait", "join"), Connect("join", "after")]));

        await run.StartAsync();
        Assert.Equal(WorkflowSubStatus.Suspended, run.Status);
        Assert.Equal(0, run.Count("join", JournalEvents.Started));

        await run.ResumeAtAsync("wait");
        Assert.Equal(["a", "after"], run.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
    }

    [Fact]
    public async Task WaitAnyJoin_CompletesOnce_AndTheWorkflowFinishes_Issue5487()
    {
        // The shape of Elsa's join.json: two lines from Start into a WaitAny join, then End.
        var run = new WorkflowRun(Workflow(
            [Start(), WriteLine("line2"), Join("join", "WaitAny"), WriteLine("line1"), Node("end", "Elsa.End")],
            [Connect("start", "line1"), Connect("line1", "join"), Connect("start", "line2"), Connect("line2", "join"), Connect("join", "end")]));

        await run.StartAsync();

        Assert.Equal(1, run.Count("join", JournalEvents.Completed));
        Assert.Equal(1, run.Count("end", JournalEvents.Completed));
        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
        Assert.Empty(run.State.Contexts);
    }

    [Fact]
    public async Task WaitAnyAfterTwoEvents_FinishesWithNoBookmarkLeft_WhenOneEventArrives_Issue6346()
    {
        var run = new WorkflowRun(TwoEventsThenJoin());

        await run.StartAsync();
        Assert.Equal(2, run.State.Bookmarks.Count);
        var other = run.State.Bookmarks.Single(b => b.ActivityId == "rejected").Id;

        await run.ResumeAtAsync("approved");

        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
        Assert.Empty(run.State.Bookmarks);
        Assert.Empty(run.State.Contexts);
        Assert.Equal(1, run.Count("rejected", JournalEvents.Canceled));
        Assert.Equal(["after", "done"], run.Lines);

        // A late stimulus for the cancelled event changes nothing.
        await run.ResumeAsync(other);
        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
        Assert.Equal(["after", "done"], run.Lines);
    }

    [Fact]
    public async Task CancellingViaWaitAny_DoesNotCompleteTheFlowchartEarly_Issue6448()
    {
        var definition = Workflow(
            [Start(), Event("approved", "approved"), Event("rejected", "rejected"), Join("join", "WaitAny"), WriteLine("after"), Delay("cool", "01:00:00"), WriteLine("done")],
            [Connect("start", "approved"), Connect("start", "rejected"), Connect("approved", "join"), Connect("rejected", "join"),
             Connect("join", "after"), Connect("after", "cool"), Connect("cool", "done")]);
        var run = new WorkflowRun(definition);

        await run.StartAsync();
        await run.ResumeAtAsync("approved");

        Assert.Equal(WorkflowSubStatus.Suspended, run.Status);
        Assert.Equal(["after"], run.Lines);
        Assert.Equal("cool", Assert.Single(run.State.Bookmarks).ActivityId);

        run.Clock.Advance(TimeSpan.FromHours(1));
        await run.ResumeAtAsync("cool");
        Assert.Equal(["after", "done"], run.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
    }

    [Fact]
    public async Task WaitAnyJoinAfterALoop_RunsOnce_Issue6921()
    {
        var counter = Variable("c1", "Counter", "Int32", "0");
        var run = new WorkflowRun(Workflow(
            [Start(), SetVariable("inc", counter, Script("getCounter() + 1")), Node("again", "Elsa.FlowDecision", ("condition", Script("getCounter() < 3", "Boolean"))),
             Event("wait", "cancel"), Join("join", "WaitAny"), WriteLine("after")],
            [Connect("start", "inc"), Connect("inc", "again"), Connect("again", "inc", "True"), Connect("again", "join", "False"),
             Connect("start", "wait"), Connect("wait", "join"), Connect("join", "after")],
            [counter]), new Dictionary<string, Func<IExpressionScope, JsonNode?>>
        {
            ["getCounter() + 1"] = scope => scope.GetVariable("Counter")!.GetValue<long>() + 1,
            ["getCounter() < 3"] = scope => scope.GetVariable("Counter")!.GetValue<long>() < 3,
        });

        await run.StartAsync();

        Assert.Equal(3, run.Count("inc", JournalEvents.Completed));
        Assert.Equal(1, run.Count("join", JournalEvents.Completed));
        Assert.Equal(["after"], run.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
        Assert.Empty(run.State.Bookmarks);
    }

    private static Platform.Engine.Workflows.WorkflowDefinition TwoEventsThenJoin() => Workflow(
        [Start(), Event("approved", "approved"), Event("rejected", "rejected"), Join("join", "WaitAny"), WriteLine("after"), WriteLine("done")],
        [Connect("start", "approved"), Connect("start", "rejected"), Connect("approved", "join"), Connect("rejected", "join"),
         Connect("join", "after"), Connect("after", "done")]);
}
