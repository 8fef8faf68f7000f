namespace Platform.Engine.Common;

/// <summary>
/// Work that becomes due at an instant (workflow timers, outbox retries). The simulated clock asks each for its
/// next due instant and runs what is due as it moves time forward, so hours of waiting pass in one call.
/// </summary>
public interface IScheduledWork
{
    /// <summary>The earliest instant at which something is due, or null when nothing waits.</summary>
    Task<DateTimeOffset?> NextDueAsync(CancellationToken ct);

    /// <summary>Runs everything due at or before the current time.</summary>
    Task RunDueAsync(CancellationToken ct);
}
