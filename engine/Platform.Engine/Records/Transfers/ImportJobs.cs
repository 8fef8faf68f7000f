using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Transfers;

/// <summary>
/// The background imports. The table is the queue: a run takes every queued or interrupted import,
/// oldest first, one at a time (writes are serialised anyway). A new upload only wakes the worker.
/// </summary>
public sealed class ImportJobs(ImportStore store, ImportRunner runner, Database database, TimeProvider clock) : IJobQueue
{
    private readonly JobSignal _signal = new();

    /// <summary>Tells the worker there is something to do.</summary>
    public void Wake() => _signal.Wake();

    public Task WaitAsync(CancellationToken ct) => _signal.WaitAsync(ct);

    public Task RecoverAsync(DateTimeOffset startedAt, CancellationToken ct) => FailInterruptedDryRunsAsync(startedAt, ct);

    /// <summary>Runs imports until none is left waiting.</summary>
    public async Task RunPendingAsync(CancellationToken ct)
    {
        IReadOnlyList<string> pending;
        while ((pending = await store.PendingAsync(ct)).Count > 0)
        {
            foreach (var id in pending)
            {
                await runner.RunAsync(id, ct);
            }
        }
    }

    /// <summary>At start: a dry run begun before it and still "running" belonged to a request that no longer exists.</summary>
    public Task FailInterruptedDryRunsAsync(DateTimeOffset before, CancellationToken ct) =>
        database.WriteAsync<int>(async scope =>
            await store.FailInterruptedDryRunsAsync(scope, before, Common.Texts.Get("import.interrupted"), clock.GetUtcNow(), ct), ct);
}
