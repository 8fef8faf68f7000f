using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// The counters of one flowchart execution (Elsa's FlowScope): how often each node completed (or was skipped) and,
/// per connection, how often it was visited and whether its last visit was followed. Joins decide by comparing
/// these counts, so they keep working across loops and suspends. Kept in the flowchart context's properties.
/// </summary>
internal sealed class FlowScope
{
    public const string Property = "FlowScope";

    private readonly Dictionary<string, long> _activities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _connections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _followed = new(StringComparer.Ordinal);

    public static FlowScope Read(JsonNode? node)
    {
        var scope = new FlowScope();
        if (node is JsonObject saved)
        {
            Fill(saved["activities"], scope._activities, v => v.GetValue<long>());
            Fill(saved["connections"], scope._connections, v => v.GetValue<long>());
            Fill(saved["followed"], scope._followed, v => v.GetValue<bool>());
        }
        return scope;
    }

    public JsonObject Write() => new()
    {
        ["activities"] = new JsonObject(_activities.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
        ["connections"] = new JsonObject(_connections.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
        ["followed"] = new JsonObject(_followed.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
    };

    public void VisitActivity(string activityId) => _activities[activityId] = Visits(activityId) + 1;

    public void VisitConnection(FlowEdge edge, bool followed)
    {
        _connections[edge.Key] = Visits(edge) + 1;
        _followed[edge.Key] = followed;
    }

    public long Visits(string activityId) => _activities.GetValueOrDefault(activityId);

    public long Visits(FlowEdge edge) => _connections.GetValueOrDefault(edge.Key);

    /// <summary>Every forward inbound connection was visited more often than the target ran: this round has settled.</summary>
    public bool AllVisited(IReadOnlyList<FlowEdge> inbound, string target) => inbound.Min(Visits) > Visits(target);

    /// <summary>In the latest round, some inbound connection was followed.</summary>
    public bool AnyFollowed(IReadOnlyList<FlowEdge> inbound, string target)
    {
        var latest = inbound.Max(Visits);
        return latest > Visits(target) && inbound.Any(e => Visits(e) == latest && Followed(e));
    }

    /// <summary>In the latest round, every inbound connection was followed.</summary>
    public bool AllFollowed(IReadOnlyList<FlowEdge> inbound, string target)
    {
        var latest = inbound.Max(Visits);
        return latest > Visits(target) && inbound.All(e => Visits(e) == latest && Followed(e));
    }

    /// <summary>A WaitAny join already ran for this connection's round: a late branch arriving is ignored.</summary>
    public bool AlreadyJoined(FlowEdge edge, string target) => Visits(edge) <= Visits(target);

    private bool Followed(FlowEdge edge) => _followed.GetValueOrDefault(edge.Key);

    private static void Fill<T>(JsonNode? node, Dictionary<string, T> into, Func<JsonValue, T> read)
    {
        if (node is JsonObject values)
        {
            foreach (var (key, value) in values)
            {
                if (value is JsonValue v)
                {
                    into[key] = read(v);
                }
            }
        }
    }
}
