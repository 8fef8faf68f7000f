using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows;

/// <summary>
/// One node of a workflow. <see cref="Json"/> is the node as written, so inputs and properties this view
/// does not model are still there. <see cref="IsNotFound"/> marks a type outside <see cref="ActivityTypes.Known"/>.
/// Containers hold their children in <see cref="Activities"/> and <see cref="Connections"/> (a flowchart) or in
/// <see cref="Slots"/>, properties that hold one whole activity (e.g. <c>body</c> of a ParallelForEach).
/// </summary>
public sealed record WorkflowActivity(
    string Id,
    string Type,
    string? Name,
    bool IsNotFound,
    JsonObject Json,
    IReadOnlyList<WorkflowActivity> Activities,
    IReadOnlyList<WorkflowConnection> Connections,
    IReadOnlyDictionary<string, WorkflowActivity> Slots)
{
    /// <summary>The input called <paramref name="name"/>, or null when absent or written as an object without <c>typeName</c>.</summary>
    public ActivityInput? Input(string name) => Json[name] switch
    {
        JsonValue bare => new ActivityInput(null, ActivityInput.Literal, bare),
        JsonObject wrapped when wrapped["typeName"] is JsonValue typeName => new ActivityInput(
            typeName.GetValueKind() == System.Text.Json.JsonValueKind.String ? typeName.GetValue<string>() : null,
            wrapped["expression"]?["type"] is JsonValue type && type.GetValueKind() == System.Text.Json.JsonValueKind.String
                ? type.GetValue<string>()
                : ActivityInput.Literal,
            wrapped["expression"]?["value"]),
        _ => null,
    };

    /// <summary>This node and every node inside it, depth first.</summary>
    public IEnumerable<WorkflowActivity> Descendants()
    {
        yield return this;
        foreach (var child in Activities.Concat(Slots.Values))
        {
            foreach (var node in child.Descendants())
            {
                yield return node;
            }
        }
    }
}
