using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Expressions;
using static Platform.Engine.Tests.Workflows.Execution.ElsaJson;

namespace Platform.Engine.Tests.Workflows.Execution;

public sealed class LoopTests
{
    private static JsonObject Counter => Variable("c1", "Counter", "Int32", "0");

    private static Dictionary<string, Func<IExpressionScope, JsonNode?>> Scripts => new()
    {
        ["getCounter() + 1"] = scope => scope.GetVariable("Counter")!.GetValue<long>() + 1,
        ["getCounter() < 3"] = scope => scope.GetVariable("Counter")!.GetValue<long>() < 3,
    };

    [Fact]
    public async Task LoopWithAnEventInside_GoesRoundOncePerEvent_AcrossSuspends()
    {
        var run = new WorkflowRun(Workflow(
            [Start(), SetVariable("inc", Counter, Script("getCounter() + 1")), Node("again", "Elsa.FlowDecision", ("condition", Script("getCounter() < 3", "Boolean"))),
             Event("next", "next"), WriteLine("done")],
            [Connect("start", "inc"), Connect("inc", "again"), Connect("again", "next", "True"), Connect("next", "inc"), Connect("again", "done", "False")],
            [Counter]), Scripts);

        await run.StartAsync();
        for (var round = 1; round <= 2; round++)
        {
            Assert.Equal(WorkflowSubStatus.Suspended, run.Status);
            Assert.Equal(round, run.State.Variables["c1"]!.GetValue<long>());
            await run.ResumeAtAsync("next");
        }

        Assert.Equal(3, run.State.Variables["c1"]!.GetValue<long>());
        Assert.Equal(["done"], run.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
        Assert.Equal(3, run.Count("again", JournalEvents.Completed));
    }

    [Fact]
    public async Task LoopBackIntoAMerge_FaultsAsInvalid_WhenAnotherPathReachesTheMergeTarget()
    {
        // c → a loops back, but b reaches c without passing a: Elsa rejects such a loop when it is followed.
        var run = new WorkflowRun(Workflow(
            [Start(), WriteLine("a"), WriteLine("b"), WriteLine("c")],
            [Connect("start", "a"), Connect("start", "b"), Connect("a", "c"), Connect("b", "c"), Connect("c", "a")]));

        await run.StartAsync();

        Assert.Equal(WorkflowSubStatus.Faulted, run.Status);
        var incident = Assert.Single(run.State.Incidents);
        Assert.Equal("c", incident.ActivityId);
        Assert.Contains("every path from \"c\" back to the start must pass through \"a\"", incident.Message);
    }

    [Fact]
    public async Task LoopThatNeverWaits_IsPausedAsAnIncident_AndARetryGoesOn()
    {
        var run = new WorkflowRun(Workflow(
            [Start(), WriteLine("again"), Decision("forever", true)],
            [Connect("start", "again"), Connect("again", "forever"), Connect("forever", "again", "True")]));

        await run.StartAsync();

        Assert.Equal(WorkflowSubStatus.Faulted, run.Status);
        var incident = Assert.Single(run.State.Incidents);
        Assert.Contains("may be looping forever", incident.Message);
        Assert.InRange(run.Lines.Count, WorkflowBurst.MaxSteps / 2 - 1, WorkflowBurst.MaxSteps / 2 + 1);

        await run.RetryAsync();
        Assert.InRange(run.Lines.Count, WorkflowBurst.MaxSteps - 2, WorkflowBurst.MaxSteps + 2);
        Assert.Single(run.State.Incidents);
    }

    [Fact]
    public async Task FlowScope_IsKeptInTheFlowchartContext_WhileTheInstanceWaits()
    {
        var run = new WorkflowRun(Workflow(
            [Start(), WriteLine("a"), Event("wait", "go"), WriteLine("merge")],
            [Connect("start", "a"), Connect("start", "wait"), Connect("a", "merge"), Connect("wait", "merge")]));

        await run.StartAsync();

        var flowchart = run.State.Contexts.Single(c => c.ParentId is null);
        var scope = flowchart.Properties["FlowScope"]!.AsObject();
        Assert.Equal(1, scope["activities"]!["a"]!.GetValue<long>());
        Assert.Equal(1, scope["connections"]!["a:Done->merge"]!.GetValue<long>());
        Assert.True(scope["followed"]!["a:Done->merge"]!.GetValue<bool>());
        Assert.Null(scope["connections"]!["wait:Done->merge"]);
    }
}
