namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// The analysis of one flowchart from one start node, as Elsa's FlowGraph makes it: a breadth-first walk from the
/// start splits the connections into forward ones and backward ones (a loop edge: its target can already reach
/// its source). Built once per flowchart and start node and shared by every burst, so it is immutable.
/// </summary>
internal sealed class FlowGraph
{
    private static readonly IReadOnlyList<FlowEdge> None = [];
    private static readonly IReadOnlySet<string> NoAncestors = new HashSet<string>();

    private readonly Dictionary<string, IReadOnlyList<FlowEdge>> _outbound = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<FlowEdge>> _forwardInbound = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlySet<string>> _ancestors = new(StringComparer.Ordinal);

    public FlowGraph(WorkflowActivity flowchart, WorkflowActivity? start)
    {
        Start = start;
        var connections = flowchart.Connections
            .DistinctBy(KeyOf, StringComparer.Ordinal)
            .ToList();
        var forward = start is null ? [] : ForwardPairs(connections, start.Id);
        var edges = connections.Select(c =>
        {
            var isBackward = !forward.Contains((c.Source, c.Target));
            return new FlowEdge(c.Source, c.SourcePort, c.Target, KeyOf(c), isBackward, isBackward && start is not null && Dominates(forward, start.Id, c.Target, c.Source));
        }).ToList();
        foreach (var group in edges.GroupBy(e => e.Source, StringComparer.Ordinal))
        {
            _outbound[group.Key] = group.ToList();
        }
        foreach (var group in edges.Where(e => !e.IsBackward).GroupBy(e => e.Target, StringComparer.Ordinal))
        {
            _forwardInbound[group.Key] = group.ToList();
        }
        // Only a FlowJoin looks at its ancestors (to cancel the branches still running towards it).
        foreach (var join in flowchart.Activities.Where(a => a.Type == ElsaTypes.FlowJoin))
        {
            _ancestors[join.Id] = Ancestors(join.Id);
        }
    }

    /// <summary>The node the flowchart starts with; null for an empty flowchart.</summary>
    public WorkflowActivity? Start { get; }

    public IReadOnlyList<FlowEdge> Outbound(string activityId) => _outbound.GetValueOrDefault(activityId, None);

    public IReadOnlyList<FlowEdge> ForwardInbound(string activityId) => _forwardInbound.GetValueOrDefault(activityId, None);

    /// <summary>The nodes from which forward connections lead to <paramref name="joinId"/> (computed for FlowJoin nodes).</summary>
    public IReadOnlySet<string> AncestorsOf(string joinId) => _ancestors.GetValueOrDefault(joinId, NoAncestors);

    public static string KeyOf(WorkflowConnection c) => c.SourcePort is { Length: > 0 } port ? $"{c.Source}:{port}->{c.Target}" : $"{c.Source}->{c.Target}";

    /// <summary>
    /// The (source, target) pairs of forward connections: breadth first from the start, an edge is forward unless
    /// its target already reaches its source through the forward edges found so far.
    /// </summary>
    private static HashSet<(string, string)> ForwardPairs(List<WorkflowConnection> connections, string start)
    {
        var targets = connections.GroupBy(c => c.Source, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Target).ToList(), StringComparer.Ordinal);
        var forward = new HashSet<(string, string)>();
        var forwardTargets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var source))
        {
            visited.Add(source);
            foreach (var target in targets.GetValueOrDefault(source) ?? [])
            {
                if (forward.Contains((source, target)) || Reaches(forwardTargets, target, source))
                {
                    continue;
                }
                forward.Add((source, target));
                (forwardTargets.TryGetValue(source, out var list) ? list : forwardTargets[source] = []).Add(target);
                if (!visited.Contains(target))
                {
                    queue.Enqueue(target);
                }
            }
        }
        return forward;
    }

    private static bool Reaches(Dictionary<string, List<string>> edges, string from, string to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([from]);
        while (stack.TryPop(out var node))
        {
            if (node == to)
            {
                return true;
            }
            if (seen.Add(node) && edges.TryGetValue(node, out var next))
            {
                foreach (var n in next)
                {
                    stack.Push(n);
                }
            }
        }
        return false;
    }

    /// <summary>Whether every forward path from <paramref name="start"/> to <paramref name="node"/> passes through <paramref name="gate"/>.</summary>
    private static bool Dominates(HashSet<(string Source, string Target)> forward, string start, string gate, string node)
    {
        if (start == gate)
        {
            return true;
        }
        var edges = forward.Where(e => e.Target != gate && e.Source != gate)
            .GroupBy(e => e.Source, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Target).ToList(), StringComparer.Ordinal);
        return node != start && !Reaches(edges, start, node);
    }

    private IReadOnlySet<string> Ancestors(string activityId)
    {
        var ancestors = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([activityId]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var edge in ForwardInbound(current))
            {
                if (ancestors.Add(edge.Source))
                {
                    queue.Enqueue(edge.Source);
                }
            }
        }
        return ancestors;
    }
}
