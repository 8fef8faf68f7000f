using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows;

/// <summary>
/// Reads the parsed view of an Elsa document. It is tolerant like Elsa's reader: lists may come as arrays,
/// <c>{"$values": [...]}</c> wrappers or a single object, connections in any of the three formats, and
/// whatever it does not understand is skipped here (it stays in the verbatim document).
/// </summary>
public static class WorkflowParser
{
    // Properties of a node that are never a nested activity, even when they look like one.
    private static readonly HashSet<string> NotSlots = new(StringComparer.OrdinalIgnoreCase)
        { "activities", "connections", "variables", "metadata", "customProperties" };

    public static WorkflowDefinition Parse(string json) => Parse((JsonObject)JsonNode.Parse(json)!);

    public static WorkflowDefinition Parse(JsonObject document) => new(
        Text(document["definitionId"]) ?? "",
        Text(document["name"]),
        document["version"] is JsonValue v && v.TryGetValue<int>(out var version) ? version : null,
        Items(document["variables"]).Select(ReadVariable).OfType<WorkflowVariable>().ToList(),
        Items(document["inputs"]).Select(ReadArgument).OfType<WorkflowArgument>().ToList(),
        Items(document["outputs"]).Select(ReadArgument).OfType<WorkflowArgument>().ToList(),
        ReadActivity((JsonObject)document["root"]!))
    {
        Options = document["options"] as JsonObject,
    };

    private static WorkflowActivity ReadActivity(JsonObject node)
    {
        var type = Text(node["type"]) ?? "";
        var isNotFound = !ActivityTypes.Known.Contains(type);
        // A node of unknown type keeps its JSON as it is; its insides mean nothing without the type.
        var activities = isNotFound ? [] : Items(node["activities"]).OfType<JsonObject>().Select(ReadActivity).ToList();
        var ids = activities.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var connections = isNotFound ? [] : Items(node["connections"]).OfType<JsonObject>()
            .Select(ReadConnection)
            .OfType<WorkflowConnection>()
            .Where(c => ids.Contains(c.Source) && ids.Contains(c.Target))
            .ToList();
        var slots = new Dictionary<string, WorkflowActivity>(StringComparer.Ordinal);
        if (!isNotFound)
        {
            foreach (var (key, value) in node)
            {
                if (!NotSlots.Contains(key) && value is JsonObject child && Text(child["type"]) is not null && Text(child["id"]) is not null)
                {
                    slots[key] = ReadActivity(child);
                }
            }
        }
        return new WorkflowActivity(Text(node["id"]) ?? "", type, Text(node["name"]), isNotFound, node, activities, connections, slots);
    }

    /// <summary>
    /// A flowchart's connections as the document writes them, in order, including those the parsed view drops
    /// because an end does not resolve (null where an end is missing altogether), so a check can name each.
    /// </summary>
    public static IReadOnlyList<WorkflowConnection?> WrittenConnections(WorkflowActivity flowchart) =>
        [.. Items(flowchart.Json["connections"]).Select(c => c is JsonObject o ? ReadConnection(o) : null)];

    /// <summary>Reads <c>{"source":{"activity","port"},"target":{"activity"}}</c> and the flat 3.0 form <c>{"source","sourcePort","target"}</c>.</summary>
    private static WorkflowConnection? ReadConnection(JsonObject connection)
    {
        var (source, port) = connection["source"] switch
        {
            JsonObject endpoint => (Text(endpoint["activity"]), Text(endpoint["port"])),
            var flat => (Text(flat), Text(connection["sourcePort"])),
        };
        var target = connection["target"] is JsonObject end ? Text(end["activity"]) : Text(connection["target"]);
        return source is null || target is null ? null : new WorkflowConnection(source, port, target);
    }

    private static WorkflowVariable? ReadVariable(JsonNode? node) =>
        node is JsonObject v && Text(v["name"]) is { } name
            ? new WorkflowVariable(Text(v["id"]), name, Text(v["typeName"]), Scalar(v["value"]))
            : null;

    private static WorkflowArgument? ReadArgument(JsonNode? node) =>
        node is JsonObject a && Text(a["name"]) is { } name
            ? new WorkflowArgument(name, Text(a["type"]), Text(a["displayName"]))
            : null;

    /// <summary>The items of a list written as an array, a <c>$values</c>/<c>items</c>/<c>values</c> wrapper or a lone object.</summary>
    private static IEnumerable<JsonNode?> Items(JsonNode? node) => node switch
    {
        JsonArray array => array,
        JsonObject wrapper when (wrapper["$values"] ?? wrapper["items"] ?? wrapper["values"]) is JsonArray inner => inner,
        // A lone object is read in place, never moved into a new array: a node keeps its one parent.
        JsonObject single => Enumerable.Repeat<JsonNode?>(single, 1),
        _ => Enumerable.Empty<JsonNode?>(),
    };

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>A default value as text; Elsa writes strings, but older files hold bare numbers and booleans.</summary>
    private static string? Scalar(JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() != JsonValueKind.Null => value.ToJsonString(),
        _ => null,
    };
}
