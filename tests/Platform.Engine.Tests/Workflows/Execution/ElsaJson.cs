using System.Text.Json.Nodes;
using Platform.Engine.Workflows;

namespace Platform.Engine.Tests.Workflows.Execution;

/// <summary>Builds small Elsa 3 documents for interpreter tests, written the way Elsa Studio exports them.</summary>
internal static class ElsaJson
{
    public static WorkflowDefinition Workflow(JsonArray activities, JsonArray connections, JsonArray? variables = null, string? incidentStrategy = null) =>
        WorkflowParser.Parse(Document(Flowchart("root", activities, connections), variables, incidentStrategy));

    public static JsonObject Document(JsonObject root, JsonArray? variables = null, string? incidentStrategy = null) => new()
    {
        ["id"] = "v1",
        ["definitionId"] = "test",
        ["name"] = "Test",
        ["version"] = 1,
        ["variables"] = variables ?? [],
        ["options"] = incidentStrategy is null ? new JsonObject() : new JsonObject { ["incidentStrategyType"] = incidentStrategy },
        ["root"] = root,
    };

    public static JsonObject Flowchart(string id, JsonArray activities, JsonArray connections) => new()
    {
        ["id"] = id,
        ["type"] = "Elsa.Flowchart",
        ["version"] = 1,
        ["activities"] = activities,
        ["connections"] = connections,
    };

    public static JsonObject Node(string id, string type, params (string Name, JsonNode? Input)[] inputs)
    {
        var node = new JsonObject { ["id"] = id, ["name"] = id, ["type"] = type, ["version"] = 1 };
        foreach (var (name, input) in inputs)
        {
            node[name] = input;
        }
        return node;
    }

    public static JsonObject Literal(JsonNode? value, string typeName = "Object") =>
        Expression("Literal", value, typeName);

    public static JsonObject Script(string source, string typeName = "Object") => Expression("JavaScript", source, typeName);

    public static JsonObject Expression(string type, JsonNode? value, string typeName = "Object") => new()
    {
        ["typeName"] = typeName,
        ["expression"] = new JsonObject { ["type"] = type, ["value"] = value },
    };

    public static JsonObject Start(string id = "start") => Node(id, "Elsa.Start");

    public static JsonObject WriteLine(string id, string? text = null) => Node(id, "Elsa.WriteLine", ("text", Literal(text ?? id, "String")));

    public static JsonObject Decision(string id, bool condition) => Node(id, "Elsa.FlowDecision", ("condition", Literal(condition, "Boolean")));

    public static JsonObject Join(string id, string mode) => Node(id, "Elsa.FlowJoin", ("mode", Literal(mode, "Elsa.Workflows.Activities.Flowchart.Models.FlowJoinMode, Elsa.Workflows.Core")));

    public static JsonObject Event(string id, string eventName) => Node(id, "Elsa.Event", ("eventName", Literal(eventName, "String")));

    public static JsonObject Delay(string id, string timeSpan) => Node(id, "Elsa.Delay", ("timeSpan", Literal(timeSpan, "TimeSpan")));

    public static JsonObject Variable(string id, string name, string typeName, string? value) => new()
    {
        ["id"] = id, ["name"] = name, ["typeName"] = typeName, ["isArray"] = false, ["value"] = value,
    };

    public static JsonObject SetVariable(string id, JsonObject variable, JsonObject value) =>
        Node(id, "Elsa.SetVariable", ("variable", variable.DeepClone()), ("value", value));

    /// <summary>Reads a variable the way Elsa Studio writes a Variable expression: the variable's JSON as text.</summary>
    public static JsonObject ReadVariable(JsonObject variable, string typeName = "Object") =>
        Expression("Variable", variable.ToJsonString(), typeName);

    public static JsonObject Connect(string source, string target, string? port = "Done") => new()
    {
        ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
        ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
    };
}
