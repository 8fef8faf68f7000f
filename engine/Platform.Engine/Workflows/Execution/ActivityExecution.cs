using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// One run of one activity handler (an execution or a resume): it evaluates inputs, records outputs and notes
/// for the journal, and remembers how the handler finished (outcomes, bookmarks, or neither).
/// </summary>
internal sealed class ActivityExecution : ActivityContext
{
    /// <summary>Elsa's default outcomes: connections from "Done" and connections without a port are both followed.</summary>
    public static readonly string?[] DefaultOutcomes = [null, "Done"];

    private readonly WorkflowBurst _burst;
    private readonly ActivityContextState _state;

    public ActivityExecution(WorkflowBurst burst, ActivityContextState state, WorkflowActivity activity, bool isTrigger)
    {
        _burst = burst;
        _state = state;
        Activity = activity;
        IsTriggerOfWorkflow = isTrigger;
        // Only a RunJavaScript may choose its outcomes from the script (setOutcome/setOutcomes).
        Scope = burst.ScopeFor(activity.Type == ElsaTypes.RunJavaScript ? [] : null);
    }

    public override WorkflowActivity Activity { get; }

    public override string InstanceId => _state.Id;

    public override WorkflowEnvironment Environment => _burst.Environment;

    public override WorkflowState Workflow => _burst.State;

    public override bool IsTriggerOfWorkflow { get; }

    public WorkflowScope Scope { get; }

    /// <summary>The outcomes the handler completed with; null while it has not completed.</summary>
    public string?[]? Outcomes { get; private set; }

    public int BookmarksCreated { get; private set; }

    public JsonObject? Inputs { get; private set; }

    public JsonObject? Outputs { get; private set; }

    public List<string>? Notes { get; private set; }

    public override async ValueTask<JsonNode?> InputAsync(string name, CancellationToken ct)
    {
        if (Activity.Input(name) is not { } input)
        {
            return null;
        }
        var value = await _burst.Evaluator.EvaluateAsync(input.ExpressionType, input.Value, Scope, ct);
        (Inputs ??= [])[name] = value?.DeepClone();
        return value;
    }

    public override ValueTask<JsonNode?> EvaluateAsync(string expressionType, JsonNode? value, CancellationToken ct) =>
        _burst.Evaluator.EvaluateAsync(expressionType, value, Scope, ct);

    public override void SetOutput(string name, JsonNode? value)
    {
        _burst.Outputs.Record(Activity, name, value);
        (Outputs ??= [])[name] = value?.DeepClone();
        Scope.Bind(Activity, name, value);
    }

    public override JsonNode? GetVariable(string name) => Scope.GetVariable(name);

    public override void SetVariable(string idOrName, JsonNode? value) => Scope.SetDeclaredVariable(idOrName, value);

    public override void Complete(params string[] outcomes) => Outcomes = outcomes.Length == 0 ? DefaultOutcomes : outcomes;

    public override Bookmark CreateBookmark(string name, JsonObject payload, DateTimeOffset? dueAt = null, bool includeActivityInstanceId = false)
    {
        BookmarksCreated++;
        return _burst.AddBookmark(_state, Activity, name, payload, dueAt, includeActivityInstanceId);
    }

    public override void Raise(Stimulus stimulus) => _burst.Raised.Add(stimulus);

    public override void Note(string message) => (Notes ??= []).Add(message);
}
