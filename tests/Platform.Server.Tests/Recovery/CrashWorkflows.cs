using System.Text.Json.Nodes;
using Platform.Server.Tests.Workflows;

namespace Platform.Server.Tests.Recovery;

/// <summary>The activities the crash tests chain into workflows (Elsa 3 JSON, every input a literal).</summary>
internal static class CrashWorkflows
{
    public static string Chain(string definitionId, params JsonObject[] nodes) => WorkflowRunApiTests.Chain(definitionId, nodes);

    public static JsonObject Delay(string id, string span) => WorkflowRunApiTests.Delay(id, span);

    public static JsonObject WriteLine(string id, string text) => WorkflowRunApiTests.WriteLine(id, text);

    /// <summary>A signed webhook to <paramref name="url"/>; its body is the workflow's input.</summary>
    public static JsonObject Webhook(string id, Uri url, string eventName) =>
        Node(id, "Platform.SendWebhook", ("url", url.ToString()), ("event", eventName));

    /// <summary>An e-mail; <paramref name="to"/> and <paramref name="subject"/> are Liquid templates over the workflow's input.</summary>
    public static JsonObject Email(string id, string to, string subject) =>
        Node(id, "Platform.SendEmail", ("to", to), ("subject", subject), ("body", "Sent by the crash tests."));

    /// <summary>A task (Platform.CreateTask) for the user with e-mail <paramref name="assignee"/>; the title is a Liquid template.</summary>
    public static JsonObject ToDo(string id, string title, string assignee) =>
        Node(id, "Platform.CreateTask", ("title", title), ("assigneeId", assignee));

    /// <summary>A call to <paramref name="url"/> in the middle of the burst: the test learns the burst got there, and can hold it there.</summary>
    public static JsonObject Call(string id, Uri url) => Node(id, "Elsa.FlowSendHttpRequest", ("url", url.ToString()), ("method", "GET"));

    public static JsonObject Script(string id, string source) => Node(id, "Elsa.RunJavaScript", ("script", source));

    /// <summary>Starts the workflow when the event is published.</summary>
    public static JsonObject OnEvent(string id, string eventName)
    {
        var node = Node(id, "Elsa.Event", ("eventName", eventName));
        node["customProperties"] = new JsonObject { ["canStartWorkflow"] = true };
        return node;
    }

    public static JsonObject Publish(string id, string eventName) => Node(id, "Elsa.PublishEvent", ("eventName", eventName));

    private static JsonObject Node(string id, string type, params (string Name, string Value)[] inputs)
    {
        var node = new JsonObject { ["id"] = id, ["type"] = type, ["version"] = 1 };
        foreach (var (name, value) in inputs)
        {
            node[name] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };
        }
        return node;
    }
}
