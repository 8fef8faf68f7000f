using System.Text.Json.Nodes;

namespace Platform.Engine.Tests.Workflows.Runtime;

/// <summary>Small Elsa 3 documents written the way the designer exports them, for runtime tests.</summary>
internal static class Flows
{
    public static JsonObject Literal(object? value, string typeName = "String") => new()
    {
        ["typeName"] = typeName,
        ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = JsonValue.Create(value) },
    };

    public static JsonObject Node(string id, string type, bool trigger = false, params (string Name, JsonNode Value)[] inputs)
    {
        var node = new JsonObject
        {
            ["id"] = id, ["name"] = id, ["type"] = type, ["version"] = 1,
            ["customProperties"] = new JsonObject { ["canStartWorkflow"] = trigger },
        };
        foreach (var (name, value) in inputs)
        {
            node[name] = value;
        }
        return node;
    }

    public static JsonObject WriteLine(string id, string text) => Node(id, "Elsa.WriteLine", false, ("text", Literal(text)));

    public static JsonObject Delay(string id, string span) => Node(id, "Elsa.Delay", false, ("timeSpan", Literal(span, "TimeSpan")));

    public static JsonObject Event(string id, string name, bool trigger = false) => Node(id, "Elsa.Event", trigger, ("eventName", Literal(name)));

    public static JsonObject Connect(string source, string target, string port = "Done") => new()
    {
        ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
        ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
    };

    /// <summary>A definition whose root flowchart runs the nodes in the order given, each connected to the next.</summary>
    public static string Chain(string definitionId, JsonObject? options, params JsonObject[] nodes)
    {
        var connections = new JsonArray();
        for (var i = 1; i < nodes.Length; i++)
        {
            connections.Add(Connect(nodes[i - 1]["id"]!.GetValue<string>(), nodes[i]["id"]!.GetValue<string>()));
        }
        return new JsonObject
        {
            ["definitionId"] = definitionId,
            ["name"] = definitionId,
            ["version"] = 1,
            ["toolVersion"] = "3.3.0.0",
            ["options"] = options ?? new JsonObject(),
            ["variables"] = new JsonArray(),
            ["root"] = new JsonObject
            {
                ["id"] = "flowchart", ["type"] = "Elsa.Flowchart", ["version"] = 1,
                ["activities"] = new JsonArray([.. nodes]),
                ["connections"] = connections,
            },
        }.ToJsonString();
    }
}
