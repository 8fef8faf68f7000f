using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Scripting;
using Platform.Engine.Workflows.Activities;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Runtime;

namespace Platform.Engine.Workflows.Validation;

/// <summary>
/// What must hold before a workflow is published: every connection joins two activities of its flowchart,
/// every activity can be reached from where the workflow starts, required inputs are filled in, scripts and
/// Liquid templates parse, and every trigger can fire (its entity exists, its cron expression reads). Errors
/// are keyed <c>activities.&lt;id&gt;[.&lt;input&gt;]</c>, <c>connections.&lt;index&gt;</c> or <c>workflow</c>,
/// so the designer shows each on its node. An empty workflow is valid: it does nothing.
/// </summary>
public sealed class WorkflowValidator(ActivityRegistry registry, EntityCatalog entities)
{
    public async Task<ValidationErrors> CheckAsync(WorkflowDefinition definition, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var root = definition.Root;
        // An empty flowchart does nothing and may be published; other roots (Elsa's Sequence) have no connections to check.
        if (root.Type == ActivityTypes.Flowchart && root.Activities.Count > 0)
        {
            CheckConnections(root, errors);
            CheckReachable(root, errors);
        }
        foreach (var node in root.Descendants().Where(n => n != root))
        {
            CheckRequired(node, errors);
            CheckExpressions(node, errors);
            if (registry.FindTrigger(node.Type) is { } trigger && IsStart(root, node))
            {
                await CheckTriggerAsync(node, trigger, errors, ct);
            }
        }
        return errors;
    }

    private static void CheckConnections(WorkflowActivity flowchart, ValidationErrors errors)
    {
        var ids = flowchart.Activities.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var written = WorkflowParser.WrittenConnections(flowchart);
        for (var i = 0; i < written.Count; i++)
        {
            if (written[i] is not { } connection)
            {
                errors.Add($"connections.{i}", Texts.Get("workflowCheck.dangling", ""));
            }
            else if (!ids.Contains(connection.Source) || !ids.Contains(connection.Target))
            {
                errors.Add($"connections.{i}", Texts.Get("workflowCheck.dangling", ids.Contains(connection.Source) ? connection.Target : connection.Source));
            }
        }
    }

    /// <summary>Activities no path leads to from the start node or a node that starts the workflow never run.</summary>
    private void CheckReachable(WorkflowActivity flowchart, ValidationErrors errors)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(flowchart.Activities.Where(a => IsStart(flowchart, a)).Select(a => a.Id));
        while (queue.TryDequeue(out var id))
        {
            if (!reached.Add(id))
            {
                continue;
            }
            foreach (var next in flowchart.Connections.Where(c => c.Source == id))
            {
                queue.Enqueue(next.Target);
            }
        }
        foreach (var node in flowchart.Activities.Where(a => !reached.Contains(a.Id)))
        {
            errors.Add($"activities.{node.Id}", Texts.Get("workflowCheck.unreachable"));
        }
    }

    /// <summary>Where a run can begin: Elsa's start node (as the interpreter picks it), a node marked to start the workflow, or a trigger nothing leads to.</summary>
    private bool IsStart(WorkflowActivity flowchart, WorkflowActivity node) =>
        node == WorkflowPlan.StartOf(flowchart)
        || WorkflowPlan.CanStartWorkflow(node)
        || (registry.FindTrigger(node.Type) is not null && flowchart.Connections.All(c => c.Target != node.Id));

    private static void CheckRequired(WorkflowActivity node, ValidationErrors errors)
    {
        foreach (var name in RequiredInputs.Of(node.Type))
        {
            var empty = node.Json[name] switch
            {
                null => true,
                // SetVariable's variable is a Variable model ({id, name, typeName}), not a wrapped input.
                JsonObject wrapped when wrapped["typeName"] is not null && !wrapped.ContainsKey("id") => wrapped["expression"]?["value"] is not { } value
                    || (value is JsonValue v && v.TryGetValue<string>(out var text) && string.IsNullOrWhiteSpace(text)),
                JsonObject => false,
                JsonValue v => v.TryGetValue<string>(out var text) && string.IsNullOrWhiteSpace(text),
                _ => false,
            };
            if (empty)
            {
                errors.Add($"activities.{node.Id}.{name}", Texts.Get("workflowCheck.required"));
            }
        }
    }

    /// <summary>Every JavaScript and Liquid expression among the node's own properties (not inside child activities).</summary>
    private static void CheckExpressions(WorkflowActivity node, ValidationErrors errors)
    {
        foreach (var (name, value) in node.Json)
        {
            if (name is "activities" or "connections" or "metadata" or "customProperties" || node.Slots.ContainsKey(name))
            {
                continue;
            }
            foreach (var expression in Expressions(value))
            {
                var type = expression["type"]?.GetValue<string>();
                var source = expression["value"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
                if (string.IsNullOrWhiteSpace(source))
                {
                    continue;
                }
                if (type == "JavaScript" && ScriptSandbox.CheckSyntax(source) is { } error)
                {
                    errors.Add($"activities.{node.Id}.{name}", Texts.Get("workflowCheck.script", error.Line, error.Column, error.Message));
                }
                else if (type == "Liquid" && LiquidTemplates.CheckSyntax(source) is { } message)
                {
                    errors.Add($"activities.{node.Id}.{name}", message);
                }
            }
        }
    }

    /// <summary>Expression objects (<c>{"type": …, "value": …}</c>) anywhere inside a property, e.g. FlowSwitch's case conditions.</summary>
    private static IEnumerable<JsonObject> Expressions(JsonNode? value)
    {
        switch (value)
        {
            case JsonObject o when o["type"] is JsonValue t && t.TryGetValue<string>(out _) && o.ContainsKey("value") && !o.ContainsKey("id"):
                yield return o;
                break;
            case JsonObject o:
                foreach (var child in o.Select(p => p.Value).SelectMany(Expressions))
                {
                    yield return child;
                }
                break;
            case JsonArray a:
                foreach (var child in a.SelectMany(Expressions))
                {
                    yield return child;
                }
                break;
        }
    }

    private async Task CheckTriggerAsync(WorkflowActivity node, ITriggerActivity trigger, ValidationErrors errors, CancellationToken ct)
    {
        if (errors.Has($"activities.{node.Id}.entity"))
        {
            return;
        }
        if (InputValues.Text(WorkflowTriggers.StaticInput(node, RecordPayload.Entity)) is { } entity
            && trigger is RecordTrigger && await entities.FindAsync(entity, ct) is null)
        {
            errors.Add($"activities.{node.Id}.entity", Texts.Get("workflowCheck.entity", entity));
            return;
        }
        try
        {
            await trigger.IndexAsync(node, name => ValueTask.FromResult(WorkflowTriggers.StaticInput(node, name)), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            errors.Add($"activities.{node.Id}", Texts.Get("workflowCheck.trigger", e.Message));
        }
    }
}
