using Platform.Engine.Workflows.Execution;
using static Platform.Engine.Tests.Workflows.Execution.ElsaJson;

namespace Platform.Engine.Tests.Workflows.Execution;

public sealed class NestedFlowchartTests
{
    [Fact]
    public async Task NestedFlowchart_CompletesItsNode_WhenItsOwnFlowIsDone()
    {
        var inner = Flowchart("inner", [Event("wait", "go"), WriteLine("innerLine")], [Connect("wait", "innerLine")]);
        var run = new WorkflowRun(Workflow([Start(), inner, WriteLine("outerLine")], [Connect("start", "inner"), Connect("inner", "outerLine")]));

        await run.StartAsync();
        Assert.Equal(WorkflowSubStatus.Suspended, run.Status);
        Assert.Empty(run.Lines);

        await run.ResumeAtAsync("wait");
        Assert.Equal(["innerLine", "outerLine"], run.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
        Assert.Empty(run.State.Contexts);
    }

    [Fact]
    public async Task EndInANestedFlowchart_CompletesOnlyThatFlowchart()
    {
        var inner = Flowchart("inner", [Start("innerStart"), Node("end", "Elsa.End"), Event("never", "never")],
            [Connect("innerStart", "end"), Connect("innerStart", "never")]);
        var run = new WorkflowRun(Workflow([Start(), inner, WriteLine("outerLine")], [Connect("start", "inner"), Connect("inner", "outerLine")]));

        await run.StartAsync();

        Assert.Equal(["outerLine"], run.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
        Assert.Equal(1, run.Count("never", JournalEvents.Canceled));
        Assert.Empty(run.State.Bookmarks);
    }

    [Fact]
    public async Task EmptyFlowchart_CompletesAtOnce()
    {
        var run = new WorkflowRun(Workflow([], []));

        await run.StartAsync();

        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
    }
}
