using System.Text.Json.Nodes;
using Platform.Engine.Workflows;
using Platform.Engine.Workflows.Assignment;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Runtime;
using static Platform.Engine.Tests.Workflows.Runtime.Flows;

namespace Platform.Engine.Tests.Workflows.Assignment;

/// <summary>The documented Platform.AssignOwner node in a published workflow, run by the runtime for a new lead.</summary>
public sealed class AssignOwnerWorkflowTests : AssignmentTest
{
    [Fact]
    public async Task Workflow_AssignsTheLead_AndFollowsTheAssignedOutcome()
    {
        await UserAsync("Junior", region: "East", industries: ["finance"], seniority: 1);
        var mei = await UserAsync("Mei", region: "East", industries: ["finance"], seniority: 3);
        var pool = await UserAsync("Pool", team: "marketing");
        var id = await LeadAsync("""{"name":"Bank","region":"East","industry":"finance"}""");
        await PublishAsync(pool.Id);

        var instance = await RunAsync(id);

        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        var details = await DetailsAsync(instance.Id);
        Assert.Equal(mei.Id, (long)details.Output["assignment"]!["userId"]!);
        Assert.Equal(["assigned"], CompletedWriteLines(details));
        var journal = Assert.Single(details.Journal, j => j.ActivityId == "assignSenior" && j.Event == JournalEvents.Completed);
        Assert.StartsWith("Rule match: Mei fits region East, industry finance, seniority 3 ≥ 3", journal.Message);
        Assert.Equal(mei.Id, await OwnerOfAsync(id));
        var entry = Assert.Single((await Engine.Get<AssignmentReader>().HistoryAsync(Lead, id, CancellationToken.None)).Value!);
        Assert.Equal(instance.Id, entry.WorkflowInstanceId);
    }

    [Fact]
    public async Task Workflow_TakesTheUnassignedOutcome_WhenNobodyCanBeChosen()
    {
        await UserAsync("Junior", region: "East", industries: ["finance"], seniority: 1);
        var pool = await UserAsync("Pool", team: "marketing", active: false);
        var id = await LeadAsync("""{"name":"Bank","region":"East","industry":"finance"}""");
        await PublishAsync(pool.Id);

        var instance = await RunAsync(id);

        var details = await DetailsAsync(instance.Id);
        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Equal(["unassigned"], CompletedWriteLines(details));
        Assert.Null(details.Output["assignment"]!["userId"]);
    }

    [Fact]
    public async Task Workflow_Faults_WithoutTouchingTheRecord_WhenARuleIsMisspelt()
    {
        var pool = await UserAsync("Pool", team: "marketing");
        var id = await LeadAsync();
        await PublishAsync(pool.Id, rules: """{"regoin":"East"}""");

        var instance = await RunAsync(id);

        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        var incident = Assert.Single((await DetailsAsync(instance.Id)).Incidents);
        Assert.StartsWith("Input \"rules\" is not valid", incident.Message);
        Assert.Equal(EngineFixture.Admin.UserId, await OwnerOfAsync(id));
        Assert.Empty((await Engine.Get<AssignmentReader>().HistoryAsync(Lead, id, CancellationToken.None)).Value!);
    }

    /// <summary>Lead intake: the documented assignment, then a line for each outcome.</summary>
    private async Task PublishAsync(long defaultOwnerId, string? rules = null)
    {
        var assign = DocumentedActivity.Node("assign-owner", defaultOwnerId);
        if (rules is not null)
        {
            assign["rules"]!["expression"]!["value"] = rules;
        }
        var definition = new JsonObject
        {
            ["definitionId"] = "lead-intake", ["name"] = "Lead intake", ["version"] = 1, ["variables"] = new JsonArray(),
            ["root"] = new JsonObject
            {
                ["id"] = "flowchart", ["type"] = "Elsa.Flowchart", ["version"] = 1,
                ["activities"] = new JsonArray(assign, WriteLine("assigned", "assigned"), WriteLine("unassigned", "nobody")),
                ["connections"] = new JsonArray(Connect("assignSenior", "assigned", "Assigned"), Connect("assignSenior", "unassigned", "Unassigned")),
            },
        };
        var definitions = Engine.Get<WorkflowDefinitionService>();
        var created = await definitions.CreateAsync(definition.ToJsonString(), CancellationToken.None);
        Assert.True(created.IsSuccess, EngineFixture.Describe(created.Failure));
        Assert.True((await definitions.PublishAsync("lead-intake", CancellationToken.None)).IsSuccess);
    }

    /// <summary>Started as a record trigger starts it: the record named in the workflow input.</summary>
    private async Task<WorkflowInstance> RunAsync(long recordId)
    {
        var run = await Engine.Get<WorkflowRuntime>().RunAsync("lead-intake", new JsonObject { ["entity"] = Lead, ["recordId"] = recordId },
            $"{Lead}:{recordId}", EngineFixture.Admin, CancellationToken.None);
        Assert.True(run.IsSuccess, EngineFixture.Describe(run.Failure));
        return run.Value;
    }

    private async Task<WorkflowInstanceDetails> DetailsAsync(string instanceId) =>
        (await Engine.Get<WorkflowInstanceService>().GetAsync(instanceId, CancellationToken.None)).Value!;

    private static IReadOnlyList<string> CompletedWriteLines(WorkflowInstanceDetails details) =>
        [.. details.Journal.Where(j => j.ActivityType == "Elsa.WriteLine" && j.Event == JournalEvents.Completed).Select(j => j.ActivityId)];
}
