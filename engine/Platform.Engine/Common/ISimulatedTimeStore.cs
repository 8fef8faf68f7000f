namespace Platform.Engine.Common;

/// <summary>
/// Where a simulated clock keeps the instant it has reached. A restarted server continues from there instead of
/// going back to its configured start, so what was due before a stop or a crash (timers, queued events, outbox
/// retries) is still due after it, and what happened stays in the past.
/// </summary>
public interface ISimulatedTimeStore
{
    Task<DateTimeOffset?> ReadAsync(CancellationToken ct);

    /// <summary>Keeps <paramref name="instant"/>, unless a later one is kept already.</summary>
    Task SaveAsync(DateTimeOffset instant, CancellationToken ct);
}
