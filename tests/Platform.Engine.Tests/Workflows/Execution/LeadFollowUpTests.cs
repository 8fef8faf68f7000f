using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Expressions;
using static Platform.Engine.Tests.Workflows.Execution.ElsaJson;

namespace Platform.Engine.Tests.Workflows.Execution;

/// <summary>
/// The CRM fragment of the Elsa format notes: a lead.created event starts it, the lead id becomes the correlation,
/// then it waits for lead.contacted or two days, whichever comes first, and goes on once: the other wait is dropped.
/// </summary>
public sealed class LeadFollowUpTests
{
    [Fact]
    public async Task GoesOn_WhenTwoDaysPassWithoutContact_AndStopsWaitingForTheEvent()
    {
        var run = await StartAsync();

        run.Clock.Advance(TimeSpan.FromDays(2));
        await run.ResumeAtAsync("delay");

        Assert.Equal(["remind"], run.Lines);
        Assert.Equal(1, run.Count("wait", JournalEvents.Canceled));
        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
        Assert.Empty(run.State.Bookmarks);
    }

    [Fact]
    public async Task GoesOnAtOnce_WhenTheLeadIsContactedFirst_AndDropsTheTimer()
    {
        var run = await StartAsync();

        await run.ResumeAtAsync("wait", new JsonObject { ["__EventPayloadWorkflowInput"] = new JsonObject { ["by"] = "ana" } });

        Assert.Equal(["remind"], run.Lines);
        Assert.Equal(1, run.Count("delay", JournalEvents.Canceled));
        Assert.Empty(run.State.Bookmarks);
        Assert.Equal(WorkflowSubStatus.Finished, run.Status);
    }

    private static async Task<WorkflowRun> StartAsync()
    {
        var start = Event("start", "lead.created");
        start["customProperties"] = new JsonObject { ["canStartWorkflow"] = true };
        var run = new WorkflowRun(Workflow(
            [start, Node("corr", "Elsa.Correlate", ("correlationId", Script("getLastResult().leadId", "String"))), Event("wait", "lead.contacted"),
             Delay("delay", "2.00:00:00"), Join("join", "WaitAny"), WriteLine("remind")],
            [Connect("start", "corr"), Connect("corr", "wait"), Connect("corr", "delay"), Connect("wait", "join"), Connect("delay", "join"), Connect("join", "remind")]),
            new Dictionary<string, Func<IExpressionScope, JsonNode?>> { ["getLastResult().leadId"] = scope => "lead:" + scope.LastResult!["leadId"] });

        await run.StartAsync("start", new JsonObject { ["__EventPayloadWorkflowInput"] = new JsonObject { ["leadId"] = 42 } });

        Assert.Equal(WorkflowSubStatus.Suspended, run.Status);
        Assert.Equal("lead:42", run.State.CorrelationId);
        Assert.Equal(["Elsa.Event", "Elsa.Delay"], run.State.Bookmarks.Select(b => b.Name));
        return run;
    }
}
