using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Workflows.Expressions;

namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// What expressions see of one instance during a burst: its variables (by id or name), its input, the outputs
/// recorded so far in the burst. Values handed out are copies, so an expression can keep or nest them freely.
/// </summary>
internal sealed class WorkflowScope(WorkflowPlan plan, WorkflowState state, WorkflowEnvironment environment, OutputRegister outputs, List<string>? outcomes = null)
    : IExpressionScope
{
    public WorkflowEnvironment Environment => environment;

    public WorkflowState Workflow => state;

    public IReadOnlyList<WorkflowVariable> Variables => plan.Variables;

    public IReadOnlyList<WorkflowArgument> Inputs => plan.Definition.Inputs;

    public IReadOnlyList<(string Activity, string Output)> RecordedOutputs => outputs.Recorded;

    public JsonNode? LastResult => outputs.LastResult;

    public List<string>? Outcomes => outcomes;

    public JsonNode? GetVariable(string nameOrId) =>
        state.Variables.TryGetValue(plan.FindVariable(nameOrId) is { } declared ? WorkflowPlan.KeyOf(declared) : nameOrId, out var value)
            ? value?.DeepClone()
            : null;

    /// <summary>Sets a variable; an undeclared name becomes a variable of the instance, as a script's <c>setVariable</c> does in Elsa.</summary>
    public void SetVariable(string nameOrId, JsonNode? value)
    {
        if (plan.FindVariable(nameOrId) is { } declared)
        {
            Store(declared, value);
        }
        else
        {
            state.Variables[nameOrId] = WorkflowValues.Detach(value);
        }
    }

    /// <summary>Sets a declared variable, found by id or name; anything else fails like Elsa's SetVariable ("Variable 'x' not found").</summary>
    public void SetDeclaredVariable(string idOrName, JsonNode? value)
    {
        if (plan.FindVariable(idOrName) is { } declared)
        {
            Store(declared, value);
        }
        else if (state.Variables.ContainsKey(idOrName))
        {
            state.Variables[idOrName] = WorkflowValues.Detach(value);
        }
        else
        {
            throw new InvalidOperationException(Texts.Get("workflow.variable.notFound", idOrName));
        }
    }

    public JsonNode? GetInput(string name)
    {
        if (state.Input.TryGetPropertyValue(name, out var value))
        {
            return value?.DeepClone();
        }
        // Elsa's input dictionary ignores case; look again that way before giving up.
        foreach (var (key, item) in state.Input)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return item?.DeepClone();
            }
        }
        return null;
    }

    public JsonNode? GetOutput(string activityIdOrName, string? output) => outputs.Get(activityIdOrName, output);

    /// <summary>
    /// Writes an activity output where its binding <c>{"memoryReference":{"id":X}}</c> points: the variable X, or the
    /// workflow output X when no variable has that id.
    /// </summary>
    public void Bind(WorkflowActivity activity, string output, JsonNode? value)
    {
        if (activity.Json[output] is not JsonObject binding || binding["memoryReference"]?["id"] is not JsonValue id
            || id.GetValueKind() != JsonValueKind.String)
        {
            return;
        }
        var target = id.GetValue<string>();
        if (plan.FindVariable(target) is { } declared)
        {
            Store(declared, value);
        }
        else
        {
            state.Output[target] = value?.DeepClone();
        }
    }

    private void Store(WorkflowVariable variable, JsonNode? value) =>
        state.Variables[WorkflowPlan.KeyOf(variable)] = WorkflowValues.Detach(WorkflowValues.ConvertTo(value, variable.TypeName));
}
