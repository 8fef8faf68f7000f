using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Platform.Engine.Identity;
using Platform.Engine.Workflows;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Expressions;

namespace Platform.Engine.Tests.Workflows.Expressions;

/// <summary>
/// An expression scope over a definition and a <see cref="WorkflowState"/>, as the interpreter gives one: variables
/// kept by id, declared defaults converted by type, an output register that tests fill with <see cref="Record"/>.
/// </summary>
internal sealed class TestScope : IExpressionScope
{
    private readonly List<(string Id, string Name, string Output, JsonNode? Value)> _outputs = [];

    public TestScope(
        WorkflowDefinition definition, JsonObject? input = null, bool runJavaScript = false,
        string versionId = "lead-intake-v1", string instanceId = "instance-1", string? correlationId = "lead:42")
    {
        Variables = definition.Variables;
        Inputs = definition.Inputs;
        Workflow = new WorkflowState { Input = input ?? [], CorrelationId = correlationId };
        foreach (var variable in definition.Variables)
        {
            Workflow.Variables[variable.Id ?? variable.Name] = Default(variable);
        }
        Environment = new WorkflowEnvironment(instanceId, definition.DefinitionId, versionId, definition.Version ?? 1,
            new FakeTimeProvider(), null, Actor.System);
        Outcomes = runJavaScript ? [] : null;
    }

    public static TestScope Lead(JsonObject? input = null, bool runJavaScript = false) =>
        new(WorkflowParser.Parse(File.ReadAllText(RepoFiles.PathOf("tests", "Platform.Engine.Tests", "Workflows", "Expressions", "lead-intake.json"))), input, runJavaScript);

    public WorkflowEnvironment Environment { get; }

    public WorkflowState Workflow { get; }

    public IReadOnlyList<WorkflowVariable> Variables { get; }

    public IReadOnlyList<WorkflowArgument> Inputs { get; }

    /// <summary>Names of variables set through the scope, in order, to tell what a script wrote from what it left alone.</summary>
    public List<string> Writes { get; } = [];

    public List<string>? Outcomes { get; }

    public IReadOnlyList<(string Activity, string Output)> RecordedOutputs => [.. _outputs.Select(o => (o.Name, o.Output))];

    public JsonNode? LastResult { get; private set; }

    public void Record(string activityId, string activityName, string output, JsonNode? value)
    {
        _outputs.Add((activityId, activityName, output, value));
        if (output == "Result")
        {
            LastResult = value;
        }
    }

    /// <summary>Names of variables read through the scope, in order.</summary>
    public List<string> Reads { get; } = [];

    public JsonNode? GetVariable(string nameOrId)
    {
        Reads.Add(nameOrId);
        return Workflow.Variables.GetValueOrDefault(Key(nameOrId));
    }

    /// <summary>
    /// Like the interpreter's scope: an undeclared name becomes a variable of the instance, and a number variable
    /// refuses a value that is not a number.
    /// </summary>
    public void SetVariable(string nameOrId, JsonNode? value)
    {
        var declared = Variables.FirstOrDefault(v => v.Id == nameOrId) ?? Variables.FirstOrDefault(v => v.Name == nameOrId);
        if (declared?.TypeName is "Int32" && value is not null && value.GetValueKind() != System.Text.Json.JsonValueKind.Number)
        {
            throw new FormatException($"{value.ToJsonString()} is not a valid Int32.");
        }
        Workflow.Variables[Key(nameOrId)] = value;
        Writes.Add(nameOrId);
    }

    public JsonNode? GetInput(string name) => Workflow.Input[name];

    public JsonNode? GetOutput(string activityIdOrName, string? output) =>
        _outputs.LastOrDefault(o => (o.Id == activityIdOrName || o.Name == activityIdOrName) && o.Output == (output ?? "Result")).Value;

    private string Key(string nameOrId) =>
        Variables.FirstOrDefault(v => v.Id == nameOrId) is { } byId ? byId.Id!
        : Variables.FirstOrDefault(v => v.Name == nameOrId) is { } byName ? byName.Id ?? byName.Name
        : nameOrId;

    private static JsonNode? Default(WorkflowVariable variable) => variable.TypeName switch
    {
        _ when variable.Value is null => null,
        "Int32" or "Int64" or "Double" or "Decimal" => JsonValue.Create(decimal.Parse(variable.Value, CultureInfo.InvariantCulture)),
        "Boolean" => JsonValue.Create(bool.Parse(variable.Value)),
        "Object" => JsonNode.Parse(variable.Value),
        _ => JsonValue.Create(variable.Value),
    };
}
