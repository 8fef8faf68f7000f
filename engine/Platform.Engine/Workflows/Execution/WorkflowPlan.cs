using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// What the interpreter works out once per definition and reuses in every burst of every instance: the declared
/// variables, the incident strategy, the children of each container by id, each flowchart's graph and the
/// literal join modes. Kept beside the parsed definition for as long as the definition lives.
/// </summary>
internal sealed class WorkflowPlan
{
    private static readonly ConditionalWeakTable<WorkflowDefinition, WorkflowPlan> Plans = new();

    private readonly Dictionary<WorkflowActivity, Dictionary<string, WorkflowActivity>> _children = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<WorkflowActivity, FlowGraph> _defaultGraphs = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<(WorkflowActivity, string), FlowGraph> _triggerGraphs = new(new GraphKeyComparer());
    private readonly Dictionary<WorkflowActivity, JoinMode?> _joinModes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, WorkflowVariable> _variables = new(StringComparer.Ordinal);

    private WorkflowPlan(WorkflowDefinition definition)
    {
        Definition = definition;
        var variables = definition.Variables.ToList();
        foreach (var node in definition.Root.Descendants())
        {
            if (node.Activities.Count > 0 || node.Slots.Count > 0)
            {
                _children[node] = node.Activities.Concat(node.Slots.Values)
                    .GroupBy(a => a.Id, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            }
            if (node.Type == ElsaTypes.Flowchart)
            {
                _defaultGraphs[node] = new FlowGraph(node, StartOf(node));
                variables.AddRange(ContainerVariables(node));
            }
            if (node.Type == ElsaTypes.FlowJoin)
            {
                _joinModes[node] = LiteralJoinMode(node);
            }
        }
        Variables = variables;
        // By id first, then by name, so a reference by id always wins over a name that happens to look like one.
        foreach (var variable in variables.Where(v => v.Name.Length > 0))
        {
            _variables.TryAdd(variable.Name, variable);
        }
        foreach (var variable in variables.Where(v => v.Id is not null))
        {
            _variables[variable.Id!] = variable;
        }
        ContinueWithIncidents = IncidentStrategy(definition)?.Contains("ContinueWithIncidents", StringComparison.Ordinal) == true;
    }

    public WorkflowDefinition Definition { get; }

    /// <summary>The workflow's variables and those declared on its flowcharts.</summary>
    public IReadOnlyList<WorkflowVariable> Variables { get; }

    /// <summary>Whether a fault leaves the other branches running (Elsa's ContinueWithIncidentsStrategy) instead of faulting the instance.</summary>
    public bool ContinueWithIncidents { get; }

    public static WorkflowPlan For(WorkflowDefinition definition) => Plans.GetValue(definition, d => new WorkflowPlan(d));

    /// <summary>Where a variable's value is kept in <see cref="WorkflowState.Variables"/>: its id, or its name when it has none.</summary>
    public static string KeyOf(WorkflowVariable variable) => variable.Id ?? variable.Name;

    public WorkflowVariable? FindVariable(string idOrName) => _variables.GetValueOrDefault(idOrName);

    public WorkflowActivity? Child(WorkflowActivity container, string id) =>
        _children.TryGetValue(container, out var children) ? children.GetValueOrDefault(id) : null;

    /// <summary>The flowchart's graph, from the trigger node when the instance was started by one of its nodes.</summary>
    public FlowGraph Graph(WorkflowActivity flowchart, string? triggerActivityId)
    {
        var graph = _defaultGraphs.TryGetValue(flowchart, out var found)
            ? found
            : _triggerGraphs.GetOrAdd((flowchart, ""), _ => new FlowGraph(flowchart, StartOf(flowchart)));
        if (triggerActivityId is null || graph.Start?.Id == triggerActivityId
            || flowchart.Activities.FirstOrDefault(a => a.Id == triggerActivityId) is not { } trigger)
        {
            return graph;
        }
        return _triggerGraphs.GetOrAdd((flowchart, triggerActivityId), _ => new FlowGraph(flowchart, trigger));
    }

    /// <summary>A FlowJoin's mode when written as a literal; null when it must be evaluated.</summary>
    public JoinMode? LiteralJoinModeOf(WorkflowActivity join) => _joinModes.GetValueOrDefault(join);

    public static bool CanStartWorkflow(WorkflowActivity activity) =>
        IsTrue(activity.Json["customProperties"]?["canStartWorkflow"]) || IsTrue(activity.Json["canStartWorkflow"]);

    /// <summary>
    /// Elsa's start node when no trigger node started the instance: the first <c>Elsa.Start</c>, else the first node
    /// that can start the workflow, else the first without inbound connections, else the first node.
    /// </summary>
    internal static WorkflowActivity? StartOf(WorkflowActivity flowchart)
    {
        var nodes = flowchart.Activities;
        return nodes.FirstOrDefault(a => a.Type == ElsaTypes.Start)
            ?? nodes.FirstOrDefault(CanStartWorkflow)
            ?? nodes.FirstOrDefault(a => flowchart.Connections.All(c => c.Target != a.Id))
            ?? nodes.FirstOrDefault();
    }

    public static JoinMode? ParseJoinMode(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => JoinMode.WaitAny,
        JsonValueKind.String => value.GetValue<string>().Trim() switch
        {
            "" => JoinMode.WaitAny,
            var text when Enum.TryParse<JoinMode>(text, true, out var mode) && !int.TryParse(text, out _) => mode,
            var text when int.TryParse(text, out var n) && Enum.IsDefined((JoinMode)n) => (JoinMode)n,
            _ => null,
        },
        JsonValueKind.Number when WorkflowValues.ToInt32(value) is { } n && Enum.IsDefined((JoinMode)n) => (JoinMode)n,
        _ => null,
    };

    private static JoinMode? LiteralJoinMode(WorkflowActivity join) => join.Input("mode") switch
    {
        null => JoinMode.WaitAny,
        { ExpressionType: ActivityInput.Literal } literal => ParseJoinMode(literal.Value),
        _ => null,
    };

    private static IEnumerable<WorkflowVariable> ContainerVariables(WorkflowActivity container)
    {
        var list = container.Json["variables"] switch
        {
            JsonArray array => array,
            JsonObject wrapper when wrapper["$values"] is JsonArray inner => inner,
            _ => [],
        };
        foreach (var item in list)
        {
            if (item is JsonObject v && Text(v["name"]) is { } name)
            {
                yield return new WorkflowVariable(Text(v["id"]), name, Text(v["typeName"]),
                    v["value"] is JsonValue value && value.GetValueKind() != JsonValueKind.Null ? WorkflowValues.ToText(value) : null);
            }
        }
    }

    private static string? IncidentStrategy(WorkflowDefinition definition) => Text(definition.Options?["incidentStrategyType"]);

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static bool IsTrue(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    private sealed class GraphKeyComparer : IEqualityComparer<(WorkflowActivity, string)>
    {
        public bool Equals((WorkflowActivity, string) x, (WorkflowActivity, string) y) =>
            ReferenceEquals(x.Item1, y.Item1) && x.Item2 == y.Item2;

        public int GetHashCode((WorkflowActivity, string) key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.Item1), key.Item2);
    }
}
