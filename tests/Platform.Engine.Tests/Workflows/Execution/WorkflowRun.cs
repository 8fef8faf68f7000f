using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Platform.Engine.Identity;
using Platform.Engine.Workflows;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Expressions;
using Platform.Engine.Workflows.Runtime;

namespace Platform.Engine.Tests.Workflows.Execution;

/// <summary>
/// Runs one instance through the interpreter the way the durable runtime does: between bursts the state is written
/// to JSON and read back (and must read back to the same JSON), so every test also proves the state survives storage.
/// </summary>
internal sealed class WorkflowRun
{
    private readonly IWorkflowInterpreter _interpreter;

    public WorkflowRun(WorkflowDefinition definition, IReadOnlyDictionary<string, Func<IExpressionScope, JsonNode?>>? scripts = null)
    {
        Definition = definition;
        var services = new ServiceCollection().AddWorkflowExecution();
        Scripts = new ScriptedJavaScript(scripts ?? new Dictionary<string, Func<IExpressionScope, JsonNode?>>());
        services.AddSingleton<IExpressionHandler>(Scripts);
        Services = services.BuildServiceProvider();
        _interpreter = Services.GetRequiredService<IWorkflowInterpreter>();
        Environment = new WorkflowEnvironment("instance-1", definition.DefinitionId, "v1", 1, Clock, Scope: null, Actor.System);
    }

    public static WorkflowRun Sample(string file, IReadOnlyDictionary<string, Func<IExpressionScope, JsonNode?>>? scripts = null) =>
        new(WorkflowParser.Parse(File.ReadAllText(RepoFiles.PathOf("tests", "fixtures", "elsa", file))), scripts);

    public WorkflowDefinition Definition { get; }

    public ServiceProvider Services { get; }

    public ScriptedJavaScript Scripts { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 15, 9, 0, 0, TimeSpan.Zero));

    public WorkflowEnvironment Environment { get; }

    public WorkflowState State { get; private set; } = new();

    public List<JournalEntry> Journal { get; } = [];

    public List<Stimulus> Raised { get; } = [];

    /// <summary>What the WriteLine activities wrote, in order.</summary>
    public List<string?> Lines => Journal
        .Where(e => e.ActivityType == "Elsa.WriteLine" && e.Event == JournalEvents.Completed)
        .Select(e => e.Message)
        .ToList();

    public string Status => State.SubStatus;

    public Task StartAsync(string? triggerActivityId = null, JsonObject? input = null) =>
        BurstAsync(state => _interpreter.StartAsync(Definition, state, Environment, triggerActivityId, input ?? [], CancellationToken.None));

    public Task ResumeAsync(string bookmarkId, JsonNode? input = null) =>
        BurstAsync(state => _interpreter.ResumeAsync(Definition, state, Environment, bookmarkId, input, CancellationToken.None));

    /// <summary>Resumes the one bookmark of the activity <paramref name="activityId"/>.</summary>
    public Task ResumeAtAsync(string activityId, JsonNode? input = null) =>
        ResumeAsync(State.Bookmarks.Single(b => b.ActivityId == activityId).Id, input);

    public Task RetryAsync(string? incidentId = null) =>
        BurstAsync(state => _interpreter.RetryAsync(Definition, state, Environment, incidentId, CancellationToken.None));

    public Task CancelAsync() =>
        BurstAsync(state => _interpreter.CancelAsync(Definition, state, Environment, CancellationToken.None));

    /// <summary>
    /// Like Elsa's RunWorkflowUntilEndAsync: starts, then resumes every bookmark (moving the clock to it when it is a
    /// timer) until the instance is finished or waits on nothing.
    /// </summary>
    public async Task RunUntilEndAsync()
    {
        await StartAsync();
        while (State.Status != WorkflowStatus.Finished && State.Bookmarks.Count > 0)
        {
            foreach (var bookmark in State.Bookmarks.ToList())
            {
                if (bookmark.DueAt is { } due && due > Clock.GetUtcNow())
                {
                    Clock.SetUtcNow(due);
                }
                await ResumeAsync(bookmark.Id);
            }
        }
    }

    public int Count(string activityId, string journalEvent) =>
        Journal.Count(e => e.ActivityId == activityId && e.Event == journalEvent);

    private async Task BurstAsync(Func<WorkflowState, Task<BurstResult>> burst)
    {
        var result = await burst(RoundTrip(State));
        Journal.AddRange(result.Journal);
        Raised.AddRange(result.Raised);
        State = RoundTrip(result.State);
    }

    /// <summary>Stores and reloads the state as the runtime does; what is read back must write the same JSON again.</summary>
    private static WorkflowState RoundTrip(WorkflowState state)
    {
        var json = WorkflowStateJson.Write(state);
        var loaded = WorkflowStateJson.Read(json);
        Assert.Equal(json, WorkflowStateJson.Write(loaded));
        return loaded;
    }
}
