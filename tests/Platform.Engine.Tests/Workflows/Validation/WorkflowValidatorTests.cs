using System.Text.Json.Nodes;
using Platform.Engine.Workflows;
using Platform.Engine.Workflows.Validation;

namespace Platform.Engine.Tests.Workflows.Validation;

/// <summary>What publishing refuses, each error keyed to the activity (and input) the designer marks.</summary>
public sealed class WorkflowValidatorTests : EngineTest
{
    private const string Lead = """{"slug":"lead","label":{"en":"Lead"},"fields":[{"slug":"name","type":"text"}]}""";

    [Fact]
    public async Task Check_FindsNothing_WhenTheFlowIsComplete()
    {
        await Engine.EntityAsync(Lead);
        var errors = await CheckAsync(Flow(
            [Trigger("t", "lead"), Decision("d", "getInput('record').name === 'Acme'"), Task("k", "Call")],
            [("t", "Done", "d"), ("d", "True", "k")]));

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Check_AcceptsSetVariable_WhoseVariableIsAVariableModel()
    {
        var set = new JsonObject
        {
            ["id"] = "set", ["type"] = "Elsa.SetVariable",
            ["variable"] = new JsonObject { ["id"] = "score", ["name"] = "score", ["typeName"] = "Int32", ["value"] = "0" },
            ["value"] = new JsonObject { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "5" } },
        };
        var errors = await CheckAsync(Flow([new JsonObject { ["id"] = "start", ["type"] = "Elsa.Start" }, set], [("start", "Done", "set")]));

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Check_NamesTheConnection_WhenItLeadsToAnActivityThatDoesNotExist()
    {
        await Engine.EntityAsync(Lead);
        var errors = await CheckAsync(Flow([Trigger("t", "lead"), Task("k", "Call")], [("t", "Done", "k"), ("k", "Done", "ghost")]));

        Assert.Equal(["connections.1"], errors.Keys);
        Assert.Contains("ghost", errors["connections.1"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_MarksAnActivityNoPathLeadsTo()
    {
        await Engine.EntityAsync(Lead);
        var errors = await CheckAsync(Flow([Trigger("t", "lead"), Task("k", "Call"), Task("lost", "Never")], [("t", "Done", "k")]));

        Assert.Equal(["activities.lost"], errors.Keys);
    }

    [Fact]
    public async Task Check_MarksTheInput_WhenARequiredInputIsEmpty()
    {
        await Engine.EntityAsync(Lead);
        var errors = await CheckAsync(Flow([Trigger("t", "lead"), Task("k", " ")], [("t", "Done", "k")]));

        Assert.Equal(["activities.k.title"], errors.Keys);
    }

    [Fact]
    public async Task Check_GivesLineAndColumn_WhenAScriptDoesNotParse()
    {
        await Engine.EntityAsync(Lead);
        var errors = await CheckAsync(Flow([Trigger("t", "lead"), Decision("d", "const x = 1;\nreturn x ==== 2;")], [("t", "Done", "d")]));

        var message = Assert.Single(errors["activities.d.condition"]);
        Assert.StartsWith("Script line 2, column", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_SaysTheTriggerCannotFire_WhenItsEntityDoesNotExist()
    {
        var errors = await CheckAsync(Flow([Trigger("t", "ghost"), Task("k", "Call")], [("t", "Done", "k")]));

        Assert.Contains("ghost", Assert.Single(errors["activities.t.entity"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_SaysTheTriggerCannotFire_WhenItsCronExpressionDoesNotRead()
    {
        var cron = Node("c", "Elsa.Cron", "cronExpression", "String", "Literal", "every hour please");
        cron["customProperties"] = new JsonObject { ["canStartWorkflow"] = true };
        var errors = await CheckAsync(Flow([cron, Task("k", "Call")], [("c", "Done", "k")]));

        Assert.True(errors.ContainsKey("activities.c"));
    }

    private async Task<IReadOnlyDictionary<string, string[]>> CheckAsync(JsonObject document) =>
        (await Engine.Get<WorkflowValidator>().CheckAsync(WorkflowParser.Parse(document), CancellationToken.None)) is { Any: true } errors
            ? errors.ToFailure().Errors
            : new Dictionary<string, string[]>();

    private static JsonObject Flow(JsonObject[] nodes, (string From, string Port, string To)[] edges) => new()
    {
        ["definitionId"] = "check",
        ["root"] = new JsonObject
        {
            ["id"] = "flow", ["type"] = "Elsa.Flowchart", ["activities"] = new JsonArray([.. nodes]),
            ["connections"] = new JsonArray([.. edges.Select(e => (JsonNode)new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = e.From, ["port"] = e.Port },
                ["target"] = new JsonObject { ["activity"] = e.To, ["port"] = "In" },
            })]),
        },
    };

    private static JsonObject Trigger(string id, string entity) => Node(id, "Platform.RecordCreated", "entity", "String", "Literal", entity);

    private static JsonObject Decision(string id, string script) => Node(id, "Elsa.FlowDecision", "condition", "Boolean", "JavaScript", script);

    private static JsonObject Task(string id, string title) => Node(id, "Platform.CreateTask", "title", "String", "Literal", title);

    private static JsonObject Node(string id, string type, string input, string typeName, string kind, string value) => new()
    {
        ["id"] = id,
        ["type"] = type,
        [input] = new JsonObject { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = kind, ["value"] = value } },
    };
}
