using System.Text.Json.Nodes;
using Platform.Engine.Identity;
using Platform.Engine.Workflows;
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

        Assert.Equal(["Assigned", "Done"], context.Outcomes);
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

        Assert.Equal(["Unassigned", "Done"], context.Outcomes);
        Assert.Null(context.Outputs["result"]!["userId"]);
        Assert.Equal(EngineFixture.Admin.UserId, await OwnerOfAsync(id));
    }

    [Fact]
    public async Task DocumentedActivity_AssignsASeniorIndustryExpertInTheLeadsRegion()
    {
        await UserAsync("Junior", region: "East", industries: ["finance"], seniority: 1);
        await UserAsync("Wang", region: "West", industries: ["finance"], seniority: 4);
        var mei = await UserAsync("Mei", region: "East", industries: ["finance"], seniority: 3);
        var pool = await UserAsync("Pool", team: "marketing");
        var id = await LeadAsync("""{"name":"Bank","region":"East","industry":"finance"}""");
        var node = DocumentedActivity.Node("assign-owner", pool.Id);

        var context = await RunAsync(Evaluate(node), new JsonObject { ["entity"] = Lead, ["recordId"] = id });

        Assert.Equal(["Assigned", "Done"], context.Outcomes);
        Assert.Equal(mei.Id, (long)context.Outputs["result"]!["userId"]!);
        Assert.StartsWith("Rule match: Mei fits region East, industry finance, seniority 3 ≥ 3", (string)context.Outputs["result"]!["reason"]!);
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

    /// <summary>The node's inputs evaluated as the interpreter does for Literal and Object expressions.</summary>
    private static JsonObject Evaluate(JsonObject node)
    {
        var activity = new WorkflowActivity("node", "Platform.AssignOwner", null, false, node, [], [], new Dictionary<string, WorkflowActivity>());
        var inputs = new JsonObject();
        foreach (var name in new[] { "entity", "recordId", "strategy", "candidates", "rules", "respectCapacity", "defaultOwnerId", "cursorKey" })
        {
            if (activity.Input(name) is { } input)
            {
                inputs[name] = input.ExpressionType == "Object" ? JsonNode.Parse(input.Value!.GetValue<string>()) : input.Value?.DeepClone();
            }
        }
        return inputs;
    }

    private async Task<RecordingContext> RunAsync(JsonObject inputs, JsonObject? workflowInput = null)
    {
        var ran = await Engine.Database.WriteAsync<RecordingContext>(async scope =>
        {
            var environment = new WorkflowEnvironment("instance-1", "lead-intake", "lead-intake:1", 1, Engine.Clock, scope, Actor.System);
            var context = new RecordingContext(environment, inputs, workflowInput ?? []);
            await Handler.ExecuteAsync(context, CancellationToken.None);
            return context;
        }, CancellationToken.None);
        return ran.Value!;
    }

    /// <summary>An activity context with fixed input values that records what the activity did.</summary>
    private sealed class RecordingContext(WorkflowEnvironment environment, JsonObject inputs, JsonObject workflowInput) : ActivityContext
    {
        public Dictionary<string, JsonNode?> Outputs { get; } = [];

        public List<string> Notes { get; } = [];

        public string[] Outcomes { get; private set; } = [];

        public override WorkflowActivity Activity { get; } =
            new("assign", "Platform.AssignOwner", null, false, [], [], [], new Dictionary<string, WorkflowActivity>());

        public override string InstanceId => "assign-1";

        public override WorkflowEnvironment Environment => environment;

        public override WorkflowState Workflow { get; } = new() { Input = workflowInput };

        public override bool IsTriggerOfWorkflow => false;

        public override ValueTask<JsonNode?> InputAsync(string name, CancellationToken ct) => ValueTask.FromResult(inputs[name]?.DeepClone());

        public override ValueTask<JsonNode?> EvaluateAsync(string expressionType, JsonNode? value, CancellationToken ct) => throw new NotSupportedException();

        public override void SetOutput(string name, JsonNode? value) => Outputs[name] = value;

        public override JsonNode? GetVariable(string name) => null;

        public override void SetVariable(string idOrName, JsonNode? value) => throw new NotSupportedException();

        public override void Complete(params string[] outcomes) => Outcomes = outcomes;

        public override Bookmark CreateBookmark(string name, JsonObject payload, DateTimeOffset? dueAt = null, bool includeActivityInstanceId = false) =>
            throw new NotSupportedException();

        public override void Raise(Stimulus stimulus) => throw new NotSupportedException();

        public override void Note(string message) => Notes.Add(message);
    }
}
