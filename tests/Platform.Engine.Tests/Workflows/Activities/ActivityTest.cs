using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Identity;
using Platform.Engine.Workflows;
using Platform.Engine.Workflows.Execution;
using static Platform.Engine.Tests.Workflows.Execution.ElsaJson;

namespace Platform.Engine.Tests.Workflows.Activities;

/// <summary>
/// Runs small flowcharts of Platform activities through the interpreter, each burst inside a real write of
/// the test's engine (as the runtime runs them), with the state stored as JSON and read back between bursts.
/// </summary>
public abstract class ActivityTest : EngineTest
{
    protected WorkflowDefinition Definition { get; private set; } = null!;

    protected WorkflowState State { get; private set; } = new();

    protected List<JournalEntry> Journal { get; } = [];

    protected string Status => State.SubStatus;

    /// <summary>A workflow of <paramref name="nodes"/>, each connected from <c>Done</c> to the next.</summary>
    protected static WorkflowDefinition Chain(params JsonObject[] nodes)
    {
        var connections = new JsonArray();
        for (var i = 1; i < nodes.Length; i++)
        {
            connections.Add(Connect((string)nodes[i - 1]["id"]!, (string)nodes[i]["id"]!));
        }
        return Workflow(new JsonArray([.. nodes]), connections);
    }

    /// <summary>The workflow input a record trigger gives: the record's entity and id (and the record).</summary>
    protected static JsonObject RecordInput(string entity, IReadOnlyDictionary<string, object?> record) => new()
    {
        ["entity"] = entity,
        ["recordId"] = Convert.ToInt64(record["id"], System.Globalization.CultureInfo.InvariantCulture),
        ["record"] = JsonSerializer.SerializeToNode(record, Json.Options),
    };

    protected Task StartAsync(WorkflowDefinition definition, JsonObject? input = null, string? correlationId = null)
    {
        Definition = definition;
        State = new WorkflowState { CorrelationId = correlationId };
        return BurstAsync((interpreter, state, environment) => interpreter.StartAsync(Definition, state, environment, null, input ?? [], CancellationToken.None));
    }

    protected Task ResumeAsync(string activityId, JsonNode? input = null)
    {
        var bookmark = State.Bookmarks.Single(b => b.ActivityId == activityId);
        return BurstAsync((interpreter, state, environment) => interpreter.ResumeAsync(Definition, state, environment, bookmark.Id, input, CancellationToken.None));
    }

    protected Task RetryAsync() =>
        BurstAsync((interpreter, state, environment) => interpreter.RetryAsync(Definition, state, environment, null, CancellationToken.None));

    /// <summary>The outputs an activity completed with, from the journal.</summary>
    protected JsonObject? OutputsOf(string activityId) =>
        Journal.LastOrDefault(e => e.ActivityId == activityId && e.Event == JournalEvents.Completed)?.Outputs;

    protected IReadOnlyList<string>? OutcomesOf(string activityId) =>
        Journal.LastOrDefault(e => e.ActivityId == activityId && e.Event == JournalEvents.Completed)?.Outcomes;

    protected WorkflowIncident Incident() => Assert.Single(State.Incidents);

    private async Task BurstAsync(Func<IWorkflowInterpreter, WorkflowState, WorkflowEnvironment, Task<BurstResult>> burst)
    {
        var stored = JsonSerializer.Serialize(State, Json.Options);
        var written = await Engine.Database.WriteAsync<BurstResult>(async scope =>
        {
            var environment = new WorkflowEnvironment("instance-1", Definition.DefinitionId, "v1", 1, Engine.Clock, scope, Actor.System);
            return await burst(Engine.Get<IWorkflowInterpreter>(), JsonSerializer.Deserialize<WorkflowState>(stored, Json.Options)!, environment);
        }, CancellationToken.None);
        Assert.True(written.IsSuccess, EngineFixture.Describe(written.Failure));
        Journal.AddRange(written.Value.Journal);
        State = JsonSerializer.Deserialize<WorkflowState>(JsonSerializer.Serialize(written.Value.State, Json.Options), Json.Options)!;
    }
}
