using System.Text.Json.Nodes;
using Platform.Engine.Tests.Workflows.Activities.Messages;
using Platform.Engine.Workflows.Assignment;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Tests.Workflows.Assignment;

/// <summary>The Platform.AssignOwner activity run on its own, with inputs as a workflow's Literal and Object expressions give them.</summary>
public sealed class AssignOwnerActivityTests : AssignmentTest
{
    private IActivityHandler Handler => Engine.Get<IEnumerable<IActivityHandler>>().Single(h => h.Type == "Platform.AssignOwner");

    [Fact]
    public async Task Execute_AssignsTheWorkflowsRecord_FromLiteralTextInputs_AndCompletesAssigned()
    {
        var alice = await UserAsync("Alice");
        var bob = await UserAsync("Bob");
        await OwnedAsync(alice);
        var id = await LeadAsync();

        var context = await RunAsync(
            new JsonObject { ["strategy"] = "leastOpen", ["candidates"] = """{"team":"sales"}""", ["respectCapacity"] = "true" },
            new JsonObject { ["entity"] = Lead, ["recordId"] = id });

        Assert.Equal(["Assigned", "Done"], context.Outcomes!);
        var result = context.Outputs["result"]!.AsObject();
        Assert.Equal(bob.Id, (long)result["userId"]!);
        Assert.Equal("leastOpen", (string)result["strategy"]!);
        Assert.False((bool)result["byDefault"]!);
        Assert.Equal("Fewest open records: Bob has 0 open, the fewest among the available candidates (2).", (string)result["reason"]!);
        Assert.Equal([(string)result["reason"]!], context.Notes);
        Assert.Equal(bob.Id, await OwnerOfAsync(id));
        var entry = Assert.Single((await Engine.Get<AssignmentReader>().HistoryAsync(Lead, id, CancellationToken.None)).Value!);
        Assert.Equal("instance-1", entry.WorkflowInstanceId);
    }

    [Fact]
    public async Task Execute_TakesObjectInputs_AndCompletesUnassigned_WhenNobodyFits()
    {
        await UserAsync("Alice", industries: ["retail"]);
        var id = await LeadAsync();

        var context = await RunAsync(new JsonObject
        {
            ["entity"] = Lead, ["recordId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["strategy"] = "ruleMatch",
            ["candidates"] = new JsonObject { ["team"] = "sales" }, ["rules"] = new JsonObject { ["industry"] = "finance", ["minSeniority"] = "2" },
        });

        Assert.Equal(["Unassigned", "Done"], context.Outcomes!);
        Assert.Null(context.Outputs["result"]!["userId"]);
        Assert.Equal(EngineFixture.Admin.UserId, await OwnerOfAsync(id));
    }

    [Theory]
    [InlineData("rules", """{"regoin":"East"}""")]
    [InlineData("recordId", "abc")]
    [InlineData("respectCapacity", "sometimes")]
    public async Task Execute_Faults_WhenAnInputIsNotValid(string input, string value)
    {
        var id = await LeadAsync();
        var inputs = new JsonObject { ["entity"] = Lead, ["recordId"] = id, ["strategy"] = "ruleMatch", [input] = value };

        var fault = await Assert.ThrowsAsync<ArgumentException>(() => RunAsync(inputs));

        Assert.StartsWith($"Input \"{input}\" is not valid", fault.Message);
    }

    [Fact]
    public async Task Execute_Faults_WithTheFieldErrors_WhenTheServiceRefuses()
    {
        var id = await LeadAsync();

        var fault = await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(new JsonObject { ["entity"] = Lead, ["recordId"] = id, ["strategy"] = "lottery" }));

        Assert.Equal("strategy: The strategy must be roundRobin, leastOpen or ruleMatch.", fault.Message);
    }

    private async Task<TestActivityContext> RunAsync(JsonObject inputs, JsonObject? workflowInput = null)
    {
        var ran = await Engine.Database.WriteAsync<TestActivityContext>(async scope =>
        {
            var context = new TestActivityContext("Platform.AssignOwner", inputs.ToDictionary(), scope, Engine.Clock, "instance-1");
            context.Workflow.Input = workflowInput ?? [];
            await Handler.ExecuteAsync(context, CancellationToken.None);
            return context;
        }, CancellationToken.None);
        return ran.Value!;
    }
}
