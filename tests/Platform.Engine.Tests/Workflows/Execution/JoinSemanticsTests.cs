using System.Text.Json.Nodes;
using Platform.Engine.Workflows;
using Platform.Engine.Workflows.Execution;
using static Platform.Engine.Tests.Workflows.Execution.ElsaJson;

namespace Platform.Engine.Tests.Workflows.Execution;

/// <summary>
/// How a join decides, for each mode, when both inbound branches were followed, when one was not (a decision took
/// the other way), and when one is still waiting on an event. "none" is a plain node with two inbound connections,
/// which joins like WaitAllActive.
/// </summary>
public sealed class JoinSemanticsTests
{
    public static TheoryData<string, string, string[], string, string[]> Matrix => new()
    {
        // mode, branches, lines after the first burst, status then, lines at the end
        { "WaitAny", "followed", ["a", "after"], WorkflowSubStatus.Finished, ["a", "after"] },
        { "WaitAll", "followed", ["a", "b", "after"], WorkflowSubStatus.Finished, ["a", "b", "after"] },
        { "WaitAllActive", "followed", ["a", "b", "after"], WorkflowSubStatus.Finished, ["a", "b", "after"] },
        { "none", "followed", ["a", "b", "after"], WorkflowSubStatus.Finished, ["a", "b", "after"] },
        { "WaitAny", "notFollowed", ["a", "after"], WorkflowSubStatus.Finished, ["a", "after"] },
        { "WaitAll", "notFollowed", ["a"], WorkflowSubStatus.Finished, ["a"] },
        { "WaitAllActive", "notFollowed", ["a", "after"], WorkflowSubStatus.Finished, ["a", "after"] },
        { "none", "notFollowed", ["a", "after"], WorkflowSubStatus.Finished, ["a", "after"] },
        { "WaitAny", "waiting", ["a", "after"], WorkflowSubStatus.Finished, ["a", "after"] },
        { "WaitAll", "waiting", ["a"], WorkflowSubStatus.Suspended, ["a", "after"] },
        { "WaitAllActive", "waiting", ["a"], WorkflowSubStatus.Suspended, ["a", "after"] },
        { "none", "waiting", ["a"], WorkflowSubStatus.Suspended, ["a", "after"] },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Join_RunsAsItsModeSays_ForEachKindOfInboundBranch(string mode, string branches, string[] firstLines, string firstStatus, string[] lastLines)
    {
        var run = new WorkflowRun(TwoBranches(mode, branches));

        await run.StartAsync();
        Assert.Equal(firstLines, run.Lines);
        Assert.Equal(firstStatus, run.Status);
        if (run.State.Bookmarks.Count > 0)
        {
            await run.ResumeAtAsync("b", JsonValue.Create("go"));
        }

        Assert.Equal(lastLines, run.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
        Assert.Empty(run.State.Bookmarks);
        Assert.Empty(run.State.Contexts);
        Assert.Equal(lastLines.Contains("after") ? 1 : 0, run.Count("join", JournalEvents.Completed));
    }

    [Fact]
    public async Task WaitAny_CancelsTheBranchStillWaiting_AndRemovesItsBookmark()
    {
        var run = new WorkflowRun(Workflow(
            [Start(), Event("b", "go"), WriteLine("a"), Join("join", "WaitAny"), WriteLine("after")],
            [Connect("start", "b"), Connect("start", "a"), Connect("a", "join"), Connect("b", "join"), Connect("join", "after")]));

        await run.StartAsync();

        Assert.Equal(["a", "after"], run.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
        Assert.Equal(1, run.Count("b", JournalEvents.Suspended));
        Assert.Equal(1, run.Count("b", JournalEvents.Canceled));
        Assert.Empty(run.State.Bookmarks);
    }

    [Fact]
    public async Task WaitAny_CancelsABranchStillQueued_BeforeItRuns()
    {
        var run = new WorkflowRun(TwoBranches("WaitAny", "followed"));

        await run.StartAsync();

        Assert.Equal(0, run.Count("b", JournalEvents.Started));
        Assert.Equal(1, run.Count("b", JournalEvents.Canceled));
    }

    [Fact]
    public async Task WaitAll_SkipsWhatFollowsIt_WhenABranchWasNotFollowed()
    {
        var run = new WorkflowRun(TwoBranches("WaitAll", "notFollowed"));

        await run.StartAsync();

        Assert.Equal(1, run.Count("b", JournalEvents.Skipped));
        Assert.Equal(1, run.Count("join", JournalEvents.Skipped));
        Assert.Equal(1, run.Count("after", JournalEvents.Skipped));
        Assert.Equal(0, run.Count("after", JournalEvents.Started));
    }

    [Fact]
    public async Task DecisionMerge_RunsTheMergeOnce_WithoutAJoin()
    {
        var run = new WorkflowRun(Workflow(
            [Start(), Decision("decide", false), WriteLine("x"), WriteLine("y"), WriteLine("merge")],
            [Connect("start", "decide"), Connect("decide", "x", "True"), Connect("decide", "y", "False"), Connect("x", "merge"), Connect("y", "merge")]));

        await run.StartAsync();

        Assert.Equal(["y", "merge"], run.Lines);
        Assert.Equal(1, run.Count("x", JournalEvents.Skipped));
        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
    }

    [Fact]
    public async Task DeadPath_SkipsAWholeChain_SoTheMergeAfterItStillRuns()
    {
        var run = new WorkflowRun(Workflow(
            [Start(), Decision("decide", false), WriteLine("a"), WriteLine("b"), WriteLine("merge")],
            [Connect("start", "decide"), Connect("decide", "a", "True"), Connect("a", "b"), Connect("b", "merge"), Connect("decide", "merge", "False")]));

        await run.StartAsync();

        Assert.Equal(["merge"], run.Lines);
        Assert.Equal(1, run.Count("a", JournalEvents.Skipped));
        Assert.Equal(1, run.Count("b", JournalEvents.Skipped));
        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
    }

    [Fact]
    public async Task ConnectionWithoutPort_IsFollowed_OnTheDefaultOutcome()
    {
        var run = new WorkflowRun(Workflow([Start(), WriteLine("a")], [Connect("start", "a", port: null)]));

        await run.StartAsync();

        Assert.Equal(["a"], run.Lines);
    }

    [Fact]
    public async Task ParallelJoinBody_CompletesThroughTheJoin_WhenTheDecisionTakesTheDirectBranch()
    {
        // The flowchart that Elsa's parallel-join sample runs inside a ParallelForEach, run on its own.
        var sample = JsonNode.Parse(File.ReadAllText(RepoFiles.PathOf("tests", "fixtures", "elsa", "JoinBehaviors__parallel-join.json")))!;
        var body = sample["root"]!["activities"]![0]!["body"]!.DeepClone().AsObject();
        var run = new WorkflowRun(WorkflowParser.Parse(Document(body)), new Dictionary<string, Func<Platform.Engine.Workflows.Expressions.IExpressionScope, JsonNode?>>
        {
            ["false"] = _ => false,
        });

        await run.StartAsync();

        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
        Assert.Equal(1, run.Count("1f8625e278b74aa3", JournalEvents.Completed));
        Assert.Equal(1, run.Count("343d233a75d8d8e9", JournalEvents.Completed));
        Assert.Equal(1, run.Count("e27177eb5965bd6b", JournalEvents.Skipped));
    }

    /// <summary>start → a → join and start → b → join, then join → after; b is a line, a skipped line or an event.</summary>
    private static WorkflowDefinition TwoBranches(string mode, string branches)
    {
        var join = mode == "none" ? Node("join", "Elsa.FlowFork") : Join("join", mode);
        var b = branches == "waiting" ? Event("b", "go") : WriteLine("b");
        JsonArray activities = [Start(), WriteLine("a"), b, join, WriteLine("after")];
        JsonArray connections = [Connect("a", "join"), Connect("b", "join"), Connect("join", "after")];
        if (branches == "notFollowed")
        {
            activities.Add(Decision("decide", true));
            connections.Add(Connect("start", "decide"));
            connections.Add(Connect("decide", "a", "True"));
            connections.Add(Connect("decide", "b", "False"));
        }
        else
        {
            connections.Add(Connect("start", "a"));
            connections.Add(Connect("start", "b"));
        }
        return Workflow(activities, connections);
    }
}
