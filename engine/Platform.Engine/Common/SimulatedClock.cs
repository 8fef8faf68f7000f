namespace Platform.Engine.Common;

/// <summary>
/// The platform's clock when <c>Platform:Clock:Mode</c> is <c>Simulated</c>: it stands still until an
/// administrator moves it forward, so a two-day escalation can be shown in seconds. Only forward: what has
/// happened stays in the past.
/// </summary>
public sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    /// <summary>Moves the clock to <paramref name="instant"/> when that is later than now.</summary>
    public void MoveTo(DateTimeOffset instant)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref _ticks);
            if (instant.UtcTicks <= current)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _ticks, instant.UtcTicks, current) != current);
    }
}
