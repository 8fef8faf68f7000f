using Platform.Engine.Common;
using Platform.Engine.Storage;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Runtime;

/// <summary>
/// Queues stimuli inside the caller's write (a record saved, a task completed, an event published), so a
/// trigger is never lost and never fires for a write that rolled back. The scheduler delivers them once
/// the write has committed.
/// </summary>
public sealed class WorkflowStimuli(WorkflowJobStore jobs, WorkflowSignal signal, TimeProvider clock)
{
    /// <summary>Delivers <paramref name="stimulus"/> as soon as the write commits.</summary>
    public Task RaiseInScopeAsync(WriteScope scope, Stimulus stimulus, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        scope.AfterCommit(signal.Wake);
        return jobs.InsertAsync(scope, Job(stimulus, now, null), now, ct);
    }

    /// <summary>
    /// Delivers <paramref name="stimulus"/> at <paramref name="dueAt"/>. <paramref name="key"/> names the
    /// schedule (e.g. a trigger and a record): scheduling the same key again moves it instead of adding one.
    /// </summary>
    public Task ScheduleInScopeAsync(WriteScope scope, Stimulus stimulus, DateTimeOffset dueAt, string key, CancellationToken ct)
    {
        scope.AfterCommit(signal.Wake);
        return jobs.InsertAsync(scope, Job(stimulus, dueAt, "stimulus:" + key), clock.GetUtcNow(), ct);
    }

    public Task CancelScheduledInScopeAsync(WriteScope scope, string key, CancellationToken ct) =>
        jobs.DeleteByKeysAsync(scope, ["stimulus:" + key], ct);

    private static WorkflowJob Job(Stimulus stimulus, DateTimeOffset dueAt, string? key) => new()
    {
        Kind = WorkflowJobKinds.Stimulus,
        DueAt = Timestamps.Format(dueAt),
        Key = key,
        Name = stimulus.Name,
        Payload = stimulus.Payload.ToJsonString(),
        Input = stimulus.Input?.ToJsonString(),
        CorrelationId = stimulus.CorrelationId,
        InstanceId = stimulus.InstanceId,
    };
}
