using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Expressions;
using static Platform.Engine.Tests.Workflows.Execution.ElsaJson;

namespace Platform.Engine.Tests.Workflows.Execution;

public sealed class FaultAndRetryTests
{
    private const string ContinueWithIncidents = "Elsa.Workflows.IncidentStrategies.ContinueWithIncidentsStrategy, Elsa.Workflows.Core";

    private bool _failing = true;

    [Fact]
    public async Task ScriptError_FaultsTheActivity_WithAnIncidentAtTheScriptPosition()
    {
        var run = new WorkflowRun(Workflow([Start(), Node("check", "Elsa.FlowDecision", ("condition", Script("lead.score >"))), WriteLine("after")],
            [Connect("start", "check"), Connect("check", "after", "True"), Connect("check", "after", "False")]), new Dictionary<string, Func<IExpressionScope, JsonNode?>>
        {
            ["lead.score >"] = _ => throw new ExpressionException("SyntaxError: Unexpected end of input", 3, 14),
        });

        await run.StartAsync();

        Assert.Equal(WorkflowSubStatus.Faulted, run.Status);
        Assert.Equal(WorkflowStatus.Finished, run.State.Status);
        var incident = Assert.Single(run.State.Incidents);
        Assert.Equal(("check", "Elsa.FlowDecision", 3, 14), (incident.ActivityId, incident.ActivityType, incident.Line, incident.Column));
        Assert.Equal("SyntaxError: Unexpected end of input", incident.Message);
        Assert.Equal(ActivityStatus.Faulted, run.State.Contexts.Single(c => c.Id == incident.ActivityInstanceId).Status);
        Assert.Equal(1, run.Count("check", JournalEvents.Faulted));
        Assert.Empty(run.Lines);
    }

    [Fact]
    public async Task UnknownExpressionType_FaultsTheActivity()
    {
        var run = new WorkflowRun(Workflow([Node("say", "Elsa.WriteLine", ("text", Expression("Python", "print('hi')")))], []));

        await run.StartAsync();

        Assert.Equal("Expression type \"Python\" is not supported.", Assert.Single(run.State.Incidents).Message);
        Assert.Equal(WorkflowSubStatus.Faulted, run.Status);
    }

    [Fact]
    public async Task UnknownActivityType_LoadsButFaults_WhenItRuns()
    {
        var run = new WorkflowRun(Workflow([Start(), Node("custom", "Acme.DoSomething"), WriteLine("after")], [Connect("start", "custom"), Connect("custom", "after")]));

        await run.StartAsync();

        var incident = Assert.Single(run.State.Incidents);
        Assert.Equal("Activity type \"Acme.DoSomething\" is not supported.", incident.Message);
        Assert.Empty(run.Lines);
    }

    [Fact]
    public async Task FaultActivity_RecordsItsCodeCategoryAndMessage()
    {
        var run = new WorkflowRun(Workflow([Node("fail", "Elsa.Fault", ("code", Literal("E42", "String")), ("message", Literal("no owner", "String")))], []));

        await run.StartAsync();

        var incident = Assert.Single(run.State.Incidents);
        Assert.Equal("The workflow faulted (code E42, category General): no owner", incident.Message);
        Assert.Equal("WorkflowFaultException", incident.ExceptionType);
    }

    [Fact]
    public async Task Retry_RunsTheFaultedActivityAgain_AndContinuesTheFlow()
    {
        var run = new WorkflowRun(Flaky(incidentStrategy: null), Scripts);

        await run.StartAsync();
        Assert.Equal(WorkflowSubStatus.Faulted, run.Status);
        Assert.Equal(["other"], run.Lines);

        _failing = false;
        await run.RetryAsync();

        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
        Assert.Empty(run.State.Incidents);
        Assert.Equal(["other", "after", "merged"], run.Lines);
        Assert.Equal(2, run.Count("flaky", JournalEvents.Started));
        Assert.Equal(1, run.Count("merged", JournalEvents.Completed));
    }

    [Fact]
    public async Task ContinueWithIncidents_KeepsOtherBranchesRunning_AndRetryFinishes()
    {
        var run = new WorkflowRun(Flaky(ContinueWithIncidents), Scripts);

        await run.StartAsync();
        Assert.Equal(WorkflowSubStatus.Suspended, run.Status);
        Assert.Single(run.State.Incidents);
        Assert.Equal(["other"], run.Lines);

        await run.RetryAsync();
        Assert.Equal(WorkflowSubStatus.Suspended, run.Status);
        Assert.Single(run.State.Incidents);

        _failing = false;
        await run.RetryAsync(run.State.Incidents[0].Id);
        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
        Assert.Equal(["other", "after", "merged"], run.Lines);
    }

    [Fact]
    public async Task Retry_ChangesNothing_WhenThereIsNoIncident()
    {
        var run = new WorkflowRun(Workflow([Event("wait", "go")], []));
        await run.StartAsync();
        var journal = run.Journal.Count;

        await run.RetryAsync();

        Assert.Equal(journal, run.Journal.Count);
        Assert.Equal(WorkflowSubStatus.Suspended, run.Status);
    }

    [Fact]
    public async Task Cancel_CancelsWhatRunsAndClearsEveryBookmark()
    {
        var run = new WorkflowRun(Workflow([Start(), Event("wait", "go"), Delay("later", "1.00:00:00")], [Connect("start", "wait"), Connect("start", "later")]));
        await run.StartAsync();
        Assert.Equal(2, run.State.Bookmarks.Count);
        var bookmark = run.State.Bookmarks[0].Id;

        await run.CancelAsync();

        Assert.Equal(WorkflowSubStatus.Cancelled, run.Status);
        Assert.Equal(WorkflowStatus.Finished, run.State.Status);
        Assert.Empty(run.State.Bookmarks);
        Assert.Empty(run.State.Contexts);
        Assert.Equal(1, run.Count("wait", JournalEvents.Canceled));
        Assert.Equal(1, run.Count("later", JournalEvents.Canceled));

        await run.ResumeAsync(bookmark);
        Assert.Equal(WorkflowSubStatus.Cancelled, run.Status);
    }

    [Fact]
    public async Task Cancel_EndsAFaultedInstance()
    {
        var run = new WorkflowRun(Flaky(incidentStrategy: null), Scripts);
        await run.StartAsync();

        await run.CancelAsync();

        Assert.Equal(WorkflowSubStatus.Cancelled, run.Status);
        Assert.Empty(run.State.Contexts);
    }

    private Dictionary<string, Func<IExpressionScope, JsonNode?>> Scripts => new()
    {
        ["checkLead()"] = _ => _failing ? throw new ExpressionException("lead service unavailable", 1, 1) : true,
    };

    /// <summary>start → flaky → after → merged, and start → other → merged.</summary>
    private static Platform.Engine.Workflows.WorkflowDefinition Flaky(string? incidentStrategy) => Workflow(
        [Start(), Node("flaky", "Elsa.FlowDecision", ("condition", Script("checkLead()", "Boolean"))), WriteLine("after"), WriteLine("other"), WriteLine("merged")],
        [Connect("start", "flaky"), Connect("start", "other"), Connect("flaky", "after", "True"), Connect("after", "merged"), Connect("other", "merged")],
        incidentStrategy: incidentStrategy);
}
