using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Platform.Engine.Common;
using Platform.Engine.Storage;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Runtime;

/// <summary>
/// Runs the workflow jobs that are due: timers resume their bookmarks, scheduled triggers start instances,
/// queued stimuli are delivered. Each job runs in the write that claims it, so after a crash a job is
/// either done and gone or still due, never done twice. A job whose work throws is tried again later.
/// </summary>
public sealed class WorkflowScheduler(
    Database database,
    WorkflowJobStore jobs,
    WorkflowRuntime runtime,
    WorkflowTriggers triggers,
    WorkflowSignal signal,
    TimeProvider clock,
    ILogger<WorkflowScheduler> logger) : IJobQueue, IScheduledWork
{
    private const int Batch = 256;
    private const int MaxAttempts = 5;

    /// <summary>Nothing to settle: an interrupted burst left no trace but its job, which is still due and runs next.</summary>
    public Task RecoverAsync(DateTimeOffset startedAt, CancellationToken ct) => Task.CompletedTask;

    public Task RunPendingAsync(CancellationToken ct) => RunDueAsync(ct);

    /// <summary>Sleeps until the next job is due or a write queues a new one.</summary>
    public async Task WaitAsync(CancellationToken ct)
    {
        var next = await jobs.NextDueAsync(ct);
        if (next is null)
        {
            await signal.WaitAsync(ct);
            return;
        }
        var delay = next.Value - clock.GetUtcNow();
        if (delay <= TimeSpan.Zero)
        {
            return;
        }
        using var due = new CancellationTokenSource(delay < TimeSpan.FromDays(1) ? delay : TimeSpan.FromDays(1), clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, due.Token);
        try
        {
            await signal.WaitAsync(either.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The next job is due.
        }
    }

    public Task<DateTimeOffset?> NextDueAsync(CancellationToken ct) => jobs.NextDueAsync(ct);

    public async Task RunDueAsync(CancellationToken ct)
    {
        while (true)
        {
            var due = await jobs.DueAsync(clock.GetUtcNow(), Batch, ct);
            if (due.Count == 0)
            {
                return;
            }
            // Handed to the writer together, the jobs share group commits; each is still a write of its own.
            var runs = due.Select(job => (Job: job, Run: database.WriteAsync<bool>(async scope => await RunAsync(scope, job, ct), ct))).ToList();
            foreach (var (job, run) in runs)
            {
                try
                {
                    await run;
                }
                catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    logger.LogError(e, "Workflow job {Job} ({Kind}) failed on attempt {Attempt}", job.Id, job.Kind, job.Attempts + 1);
                    var now = clock.GetUtcNow();
                    await database.WriteAsync<bool>(async scope =>
                    {
                        await jobs.FailAsync(scope, job.Id, e.Message, now + TimeSpan.FromMinutes(Math.Pow(4, job.Attempts)), now, MaxAttempts, ct);
                        return true;
                    }, ct);
                }
            }
        }
    }

    private async Task<bool> RunAsync(WriteScope scope, WorkflowJob job, CancellationToken ct)
    {
        switch (job.Kind)
        {
            case WorkflowJobKinds.Resume:
                if (await jobs.ClaimAsync(scope, job.Id, ct))
                {
                    await runtime.ResumeInScopeAsync(scope, job.InstanceId!, job.BookmarkId!, null, ct);
                }
                return true;
            case WorkflowJobKinds.Stimulus:
                if (await jobs.ClaimAsync(scope, job.Id, ct))
                {
                    var stimulus = new Stimulus(job.Name!, Object(job.Payload) ?? [], Object(job.Input), job.CorrelationId, job.InstanceId);
                    await runtime.DeliverInScopeAsync(scope, stimulus, ct);
                }
                return true;
            case WorkflowJobKinds.Trigger:
                await FireTriggerAsync(scope, job, ct);
                return true;
            default:
                await jobs.ClaimAsync(scope, job.Id, ct);
                logger.LogWarning("Workflow job {Job} has an unknown kind {Kind}; dropped", job.Id, job.Kind);
                return true;
        }
    }

    /// <summary>Starts an instance for a time-based trigger and moves its job to the next occurrence, in one write.</summary>
    private async Task FireTriggerAsync(WriteScope scope, WorkflowJob job, CancellationToken ct)
    {
        var trigger = await triggers.FindAsync(scope, job.TriggerId!, ct);
        var timed = trigger is null ? null : triggers.Handler(trigger.ActivityType) as IScheduledTrigger;
        if (trigger is null || timed is null)
        {
            await jobs.ClaimAsync(scope, job.Id, ct);
            return;
        }
        var dueAt = Timestamps.Parse(job.DueAt);
        var now = clock.GetUtcNow();
        // A fire that is late (the process was down) fires once, then continues from now: no burst of catch-up runs.
        var next = triggers.Next(timed, trigger, dueAt > now ? dueAt : now);
        if (await jobs.ClaimAndMoveAsync(scope, job, next, ct))
        {
            if (next is not null)
            {
                scope.AfterCommit(signal.Wake);
            }
            await runtime.StartFromTriggerAsync(scope, trigger, new JsonObject { ["scheduledAt"] = Timestamps.Format(dueAt) }, null, ct);
        }
    }

    private static JsonObject? Object(string? json) => json is null ? null : JsonNode.Parse(json) as JsonObject;
}
