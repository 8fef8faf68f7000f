using Microsoft.Extensions.DependencyInjection;
using Platform.Engine.Common;

namespace Platform.Engine.Tests.Workflows.Runtime;

/// <summary>A simulated clock across restarts: it continues from the instant it had reached, never from its configured start.</summary>
public sealed class SimulatedTimeTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2031, 6, 16, 1, 0, 0, TimeSpan.Zero);

    private EngineFixture _engine = null!;

    private TimeProvider Clock => _engine.Get<TimeProvider>();

    public async Task InitializeAsync() =>
        _engine = await EngineFixture.CreateAsync(services => services.AddSingleton<TimeProvider>(new SimulatedClock(Start)));

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task SimulatedClock_ContinuesWhereItStood_AfterARestart()
    {
        await _engine.Get<ClockAdvance>().AdvanceAsync(TimeSpan.FromDays(2), CancellationToken.None);

        _engine = await _engine.RestartAsync();
        var beforeResuming = Clock.GetUtcNow();
        await _engine.Get<ClockAdvance>().ResumeAsync(CancellationToken.None);

        Assert.Equal(Start, beforeResuming);
        Assert.Equal(Start + TimeSpan.FromDays(2), Clock.GetUtcNow());
    }

    [Fact]
    public async Task SimulatedTime_KeepsTheLaterInstant_WhenAnEarlierOneIsSavedAfterIt()
    {
        var saved = _engine.Get<ISimulatedTimeStore>();

        await saved.SaveAsync(Start + TimeSpan.FromHours(5), CancellationToken.None);
        await saved.SaveAsync(Start + TimeSpan.FromHours(3), CancellationToken.None);

        Assert.Equal(Start + TimeSpan.FromHours(5), await saved.ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SimulatedClock_StaysAtItsStart_WhenNothingWasSaved()
    {
        await _engine.Get<ClockAdvance>().ResumeAsync(CancellationToken.None);

        Assert.Equal(Start, Clock.GetUtcNow());
    }
}
