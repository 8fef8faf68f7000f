using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Identity;
using Platform.Engine.Storage;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Runtime;

/// <summary>
/// Runs workflow instances durably. Every burst (a start, a resume, a retry, a cancel) runs inside one write:
/// the instance's new state, what its activities wrote (records, tasks, outbox messages), its bookmarks, timers
/// and journal commit together or not at all. All writes go through the one writer, so two bursts of the same
/// instance never overlap, and each reads the state the previous one committed.
/// </summary>
public sealed class WorkflowRuntime(
    Database database,
    WorkflowDefinitionStore definitionStore,
    PublishedDefinitions definitions,
    WorkflowInstanceStore instances,
    WorkflowBookmarkStore bookmarks,
    WorkflowJournalStore journal,
    WorkflowJobStore jobs,
    WorkflowTriggers triggers,
    IWorkflowInterpreter interpreter,
    WorkflowSignal signal,
    TimeProvider clock)
{
    /// <summary>Starts the published version of <paramref name="definitionId"/> at its start node and runs it until it waits or ends.</summary>
    public Task<Result<WorkflowInstance>> RunAsync(string definitionId, JsonObject input, string? correlationId, Actor actor, CancellationToken ct) =>
        database.WriteAsync<WorkflowInstance>(async scope =>
        {
            if (await definitionStore.FindPublishedVersionIdAsync(scope, definitionId, ct) is not { } versionId)
            {
                return await definitionStore.FindAsync(scope, definitionId, ct) is null
                    ? new NotFoundFailure(Texts.Get("workflow.notFound", definitionId))
                    : new ConflictFailure(Texts.Get("workflow.notPublished", definitionId));
            }
            return await StartInScopeAsync(scope, versionId, null, input, correlationId, actor, ct);
        }, ct);

    public Task<Result<WorkflowInstance>> RetryAsync(string instanceId, string? incidentId, CancellationToken ct) =>
        database.WriteAsync<WorkflowInstance>(async scope =>
        {
            if (await LoadAsync(scope, instanceId, ct) is not { } loaded)
            {
                return new NotFoundFailure(Texts.Get("workflowInstance.notFound", instanceId));
            }
            if (loaded.State.Incidents.Count == 0 || (incidentId is not null && !loaded.State.Incidents.Exists(i => i.Id == incidentId)))
            {
                return new ConflictFailure(Texts.Get("workflowInstance.nothingToRetry", instanceId));
            }
            return (await BurstAsync(scope, loaded, Actor.System,
                (d, s, e) => interpreter.RetryAsync(d, s, e, incidentId, ct), ct)).Instance;
        }, ct);

    public Task<Result<WorkflowInstance>> CancelAsync(string instanceId, CancellationToken ct) =>
        database.WriteAsync<WorkflowInstance>(async scope =>
        {
            if (await LoadAsync(scope, instanceId, ct) is not { } loaded)
            {
                return new NotFoundFailure(Texts.Get("workflowInstance.notFound", instanceId));
            }
            if (loaded.Instance.Status == WorkflowStatus.Finished)
            {
                return new ConflictFailure(Texts.Get("workflowInstance.finished", instanceId, loaded.Instance.SubStatus));
            }
            return (await BurstAsync(scope, loaded, Actor.System, (d, s, e) => interpreter.CancelAsync(d, s, e, ct), ct)).Instance;
        }, ct);

    /// <summary>Starts an instance of a published version inside the caller's write.</summary>
    public async Task<WorkflowInstance> StartInScopeAsync(
        WriteScope scope, string versionId, string? triggerActivityId, JsonObject input, string? correlationId, Actor actor, CancellationToken ct) =>
        (await StartWithStateAsync(scope, versionId, triggerActivityId, input, correlationId, actor, ct)).Instance;

    /// <summary>Starts an instance and answers its state after the first burst (what an HTTP-started workflow responds with).</summary>
    public async Task<(WorkflowInstance Instance, WorkflowState State)> StartWithStateAsync(
        WriteScope scope, string versionId, string? triggerActivityId, JsonObject input, string? correlationId, Actor actor, CancellationToken ct)
    {
        var (version, definition) = await definitions.GetAsync(scope, versionId, ct)
            ?? throw new InvalidOperationException($"Workflow version {versionId} does not exist.");
        var now = clock.GetUtcNow();
        // A time-ordered id: a new instance's row and journal lines land at the end of the indexes on the instance
        // id instead of on a random page each, which every commit would write again (a fifth of a start's cost).
        var instance = new WorkflowInstance(
            Guid.CreateVersion7(now).ToString("N"), version.DefinitionId, version.Id, version.Version, WorkflowStatus.Running, WorkflowSubStatus.Pending,
            correlationId, null, 0, input["entity"] is JsonValue e && e.TryGetValue<string>(out var entity) ? entity : null,
            input["recordId"] is JsonValue r && r.TryGetValue<long>(out var recordId) ? recordId : null, now, now, null);
        var state = new WorkflowState { CorrelationId = correlationId };
        var loaded = new Loaded(instance, state, definition, new Before(new HashSet<string>(), new HashSet<string>(), correlationId, IsNew: true));
        return await BurstAsync(scope, loaded, actor,
            (d, s, env) => interpreter.StartAsync(d, s, env, triggerActivityId, input, ct), ct);
    }

    /// <summary>Resumes one bookmark inside the caller's write; false when the instance or the bookmark is gone (already resumed, cancelled).</summary>
    public async Task<bool> ResumeInScopeAsync(WriteScope scope, string instanceId, string bookmarkId, JsonNode? input, CancellationToken ct)
    {
        if (await LoadAsync(scope, instanceId, ct) is not { } loaded
            || loaded.Instance.Status == WorkflowStatus.Finished
            || !loaded.State.Bookmarks.Exists(b => b.Id == bookmarkId))
        {
            return false;
        }
        await BurstAsync(scope, loaded, Actor.System, (d, s, e) => interpreter.ResumeAsync(d, s, e, bookmarkId, input, ct), ct);
        return true;
    }

    /// <summary>
    /// Delivers a stimulus inside the caller's write: starts the published triggers with its hash (unless it is
    /// aimed at one instance) and resumes the waiting bookmarks with its hash, narrowed by its correlation id.
    /// </summary>
    public async Task DeliverInScopeAsync(WriteScope scope, Stimulus stimulus, CancellationToken ct)
    {
        var hash = stimulus.Hash;
        if (stimulus.InstanceId is null)
        {
            foreach (var trigger in await triggers.MatchAsync(scope, hash, ct))
            {
                await StartFromTriggerAsync(scope, trigger, stimulus.Input ?? [], stimulus.CorrelationId, ct);
            }
        }
        foreach (var (bookmarkId, instanceId) in await bookmarks.MatchAsync(scope, hash, stimulus.CorrelationId, stimulus.InstanceId, ct))
        {
            await ResumeInScopeAsync(scope, instanceId, bookmarkId, stimulus.Input, ct);
        }
    }

    /// <summary>Starts an instance for a trigger when its conditions accept the input and the activation strategy allows it.</summary>
    public async Task<WorkflowInstance?> StartFromTriggerAsync(WriteScope scope, StoredTrigger trigger, JsonObject input, string? correlationId, CancellationToken ct)
    {
        if (await definitions.GetAsync(scope, trigger.DefinitionVersionId, ct) is not { } found)
        {
            return null;
        }
        var node = found.Definition.Root.Descendants().FirstOrDefault(a => a.Id == trigger.ActivityId);
        if (node is null || triggers.Handler(node.Type) is not { } handler)
        {
            return null;
        }
        if (!await handler.AcceptsAsync(node, input, name => ValueTask.FromResult(WorkflowTriggers.StaticInput(node, name)), ct))
        {
            return null;
        }
        if (await BlockedByActivationAsync(scope, found.Definition, trigger.DefinitionId, correlationId, ct))
        {
            return null;
        }
        return await StartInScopeAsync(scope, trigger.DefinitionVersionId, trigger.ActivityId, input, correlationId, Actor.System, ct);
    }

    /// <summary>Elsa's activation strategies: Singleton (one running instance), CorrelatedSingleton and Correlation (one per correlation id).</summary>
    private async Task<bool> BlockedByActivationAsync(WriteScope scope, WorkflowDefinition definition, string definitionId, string? correlationId, CancellationToken ct)
    {
        var strategy = definition.Options?["activationStrategyType"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
        if (strategy.Contains("Correlat", StringComparison.Ordinal))
        {
            return await instances.AnyRunningAsync(scope, definitionId, correlationId, byCorrelation: true, ct);
        }
        return strategy.Contains("Singleton", StringComparison.Ordinal)
            && await instances.AnyRunningAsync(scope, definitionId, null, byCorrelation: false, ct);
    }

    private async Task<Loaded?> LoadAsync(WriteScope scope, string instanceId, CancellationToken ct)
    {
        if (await instances.FindAsync(scope, instanceId, ct) is not { } found
            || await definitions.GetAsync(scope, found.Instance.DefinitionVersionId, ct) is not { } definition)
        {
            return null;
        }
        var state = WorkflowStateJson.Read(found.State);
        var before = new Before(
            state.Bookmarks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal),
            state.Incidents.Select(i => i.Id).ToHashSet(StringComparer.Ordinal),
            state.CorrelationId, IsNew: false);
        return new Loaded(found.Instance, state, definition.Definition, before);
    }

    private async Task<(WorkflowInstance Instance, WorkflowState State)> BurstAsync(
        WriteScope scope, Loaded loaded, Actor actor,
        Func<WorkflowDefinition, WorkflowState, WorkflowEnvironment, Task<BurstResult>> run, CancellationToken ct)
    {
        var instance = loaded.Instance;
        var environment = new WorkflowEnvironment(instance.Id, instance.DefinitionId, instance.DefinitionVersionId, instance.Version, clock, scope, actor);
        var result = await run(loaded.Definition, loaded.State, environment);
        return (await SaveAsync(scope, instance, loaded.Before, result, ct), result.State);
    }

    /// <summary>Writes what a burst changed: bookmarks (and their timers), incidents, journal, raised stimuli and the state.</summary>
    private async Task<WorkflowInstance> SaveAsync(WriteScope scope, WorkflowInstance instance, Before before, BurstResult result, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var state = result.State;
        var current = state.Bookmarks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        var removed = before.Bookmarks.Where(id => !current.Contains(id)).ToList();
        var added = state.Bookmarks.Where(b => !before.Bookmarks.Contains(b.Id)).ToList();
        await bookmarks.DeleteAsync(scope, removed, ct);
        await jobs.DeleteByKeysAsync(scope, removed.Select(ResumeKey), ct);
        if (!before.IsNew && before.CorrelationId != state.CorrelationId)
        {
            await bookmarks.Recorrelate(scope, instance.Id, state.CorrelationId, ct);
        }
        await bookmarks.InsertAsync(scope, instance.Id, state.CorrelationId, added, ct);
        var wake = false;
        foreach (var timer in added.Where(b => b.DueAt is not null))
        {
            await jobs.InsertAsync(scope, new WorkflowJob
            {
                Kind = WorkflowJobKinds.Resume, Key = ResumeKey(timer.Id), InstanceId = instance.Id, BookmarkId = timer.Id,
                DueAt = Timestamps.Format(timer.DueAt!.Value), CorrelationId = state.CorrelationId,
            }, now, ct);
            wake = true;
        }
        var incidents = state.Incidents.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        await instances.AddIncidentsAsync(scope, instance.Id, state.Incidents.Where(i => !before.Incidents.Contains(i.Id)), ct);
        await instances.ResolveIncidentsAsync(scope, before.Incidents.Where(id => !incidents.Contains(id)), now, ct);
        await journal.AppendAsync(scope, instance.Id, result.Journal, ct);
        foreach (var raised in result.Raised)
        {
            await jobs.InsertAsync(scope, new WorkflowJob
            {
                Kind = WorkflowJobKinds.Stimulus, DueAt = Timestamps.Format(now), Name = raised.Name, Payload = raised.Payload.ToJsonString(),
                Input = raised.Input?.ToJsonString(), CorrelationId = raised.CorrelationId, InstanceId = raised.InstanceId,
            }, now, ct);
            wake = true;
        }
        if (wake)
        {
            scope.AfterCommit(signal.Wake);
        }
        var finished = state.Status == WorkflowStatus.Finished;
        var saved = instance with
        {
            Status = state.Status, SubStatus = state.SubStatus, CorrelationId = state.CorrelationId, Name = state.Name,
            IncidentCount = state.Incidents.Count, UpdatedAt = now, FinishedAt = finished ? instance.FinishedAt ?? now : null,
        };
        await instances.SaveAsync(scope, saved, WorkflowStateJson.Write(state), ct);
        return saved;
    }

    public static string ResumeKey(string bookmarkId) => "bookmark:" + bookmarkId;

    /// <summary>What the instance had before the burst, to tell what the burst added and removed.</summary>
    private sealed record Before(IReadOnlySet<string> Bookmarks, IReadOnlySet<string> Incidents, string? CorrelationId, bool IsNew);

    private sealed record Loaded(WorkflowInstance Instance, WorkflowState State, WorkflowDefinition Definition, Before Before);
}
