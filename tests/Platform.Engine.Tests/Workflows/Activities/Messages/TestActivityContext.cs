using System.Text.Json.Nodes;
using Platform.Engine.Identity;
using Platform.Engine.Storage;
using Platform.Engine.Workflows;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Tests.Workflows.Activities.Messages;

/// <summary>
/// One execution of one activity with inputs already evaluated, as the interpreter would hand it to a handler;
/// it records what the handler did (outputs, outcomes, notes).
/// </summary>
public sealed class TestActivityContext(string type, IReadOnlyDictionary<string, JsonNode?> inputs, WriteScope? scope, TimeProvider clock,
    string instanceId = "wf-instance-1", string activityInstanceId = "act-instance-1") : ActivityContext
{
    public override WorkflowActivity Activity { get; } = new("send1", type, "Send", false, [], [], [], new Dictionary<string, WorkflowActivity>());

    public override string InstanceId => activityInstanceId;

    public override WorkflowEnvironment Environment { get; } = new(instanceId, "lead-intake", "lead-intake:v3", 3, clock, scope, Actor.System);

    public override WorkflowState Workflow { get; } = new();

    public override bool IsTriggerOfWorkflow => false;

    public Dictionary<string, JsonNode?> Outputs { get; } = [];

    public List<string> Notes { get; } = [];

    public string[]? Outcomes { get; private set; }

    public override ValueTask<JsonNode?> InputAsync(string name, CancellationToken ct) =>
        ValueTask.FromResult(inputs.TryGetValue(name, out var value) ? value?.DeepClone() : null);

    public override ValueTask<JsonNode?> EvaluateAsync(string expressionType, JsonNode? value, CancellationToken ct) => throw new NotSupportedException();

    public override void SetOutput(string name, JsonNode? value) => Outputs[name] = value;

    /// <summary>By name, as declared names map to the ids the state is keyed by.</summary>
    public Dictionary<string, string> VariableIds { get; } = [];

    public override JsonNode? GetVariable(string name) =>
        Workflow.Variables.TryGetValue(VariableIds.GetValueOrDefault(name, name), out var value) ? value : null;

    public override void SetVariable(string idOrName, JsonNode? value) => Workflow.Variables[VariableIds.GetValueOrDefault(idOrName, idOrName)] = value;

    public override void Complete(params string[] outcomes) => Outcomes = outcomes;

    public override Bookmark CreateBookmark(string name, JsonObject payload, DateTimeOffset? dueAt = null, bool includeActivityInstanceId = false) =>
        throw new NotSupportedException();

    public override void Raise(Stimulus stimulus) => throw new NotSupportedException();

    public override void Note(string message) => Notes.Add(message);
}
