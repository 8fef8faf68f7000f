namespace Platform.Engine.Common;

/// <summary>
/// Moves a simulated clock forward and runs everything that falls due on the way, in time order: the clock
/// stops at each due instant, so a reminder due in 48 hours runs "at" hour 48 and what it schedules is timed
/// from there, exactly as it would be in real time. Each instant it stops at is kept (<see cref="ISimulatedTimeStore"/>)
/// before the work due then runs, so a server that dies on the way starts again at that instant, with that work
/// still due, as it would on a real clock.
/// </summary>
public sealed class ClockAdvance(TimeProvider clock, IEnumerable<IScheduledWork> work, ISimulatedTimeStore saved)
{
    // A guard against work that stays due however often it runs; far above any real chain of events.
    private const int MaxSteps = 100_000;

    private readonly IScheduledWork[] _work = work.ToArray();

    public bool IsSimulated => clock is SimulatedClock;

    /// <summary>
    /// At start, moves a simulated clock to the instant it had reached before the process stopped; a configured
    /// start later than that wins (the clock never goes back).
    /// </summary>
    public async Task ResumeAsync(CancellationToken ct)
    {
        if (clock is SimulatedClock simulated && await saved.ReadAsync(ct) is { } reached)
        {
            simulated.MoveTo(reached);
        }
    }

    /// <summary>Advances the clock by <paramref name="by"/> and answers the new time once all due work has run.</summary>
    public async Task<DateTimeOffset> AdvanceAsync(TimeSpan by, CancellationToken ct)
    {
        var simulated = clock as SimulatedClock ?? throw new InvalidOperationException("The clock is not simulated.");
        var target = simulated.GetUtcNow() + by;
        for (var step = 0; step < MaxSteps; step++)
        {
            DateTimeOffset? next = null;
            foreach (var w in _work)
            {
                if (await w.NextDueAsync(ct) is { } due && (next is null || due < next))
                {
                    next = due;
                }
            }
            if (next is null || next > target)
            {
                break;
            }
            simulated.MoveTo(next.Value);
            await saved.SaveAsync(simulated.GetUtcNow(), ct);
            foreach (var w in _work)
            {
                await w.RunDueAsync(ct);
            }
        }
        simulated.MoveTo(target);
        await saved.SaveAsync(simulated.GetUtcNow(), ct);
        foreach (var w in _work)
        {
            await w.RunDueAsync(ct);
        }
        return simulated.GetUtcNow();
    }
}
