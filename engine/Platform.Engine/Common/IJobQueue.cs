namespace Platform.Engine.Common;

/// <summary>Background work kept in a table: a worker runs what is pending, then waits to be woken.</summary>
public interface IJobQueue
{
    /// <summary>Once, when the host has started: settle what a stop or a crash left behind.</summary>
    Task RecoverAsync(DateTimeOffset startedAt, CancellationToken ct);

    /// <summary>Runs jobs until none is left waiting.</summary>
    Task RunPendingAsync(CancellationToken ct);

    /// <summary>Completes when someone has queued new work.</summary>
    Task WaitAsync(CancellationToken ct);
}
