using Microsoft.Extensions.DependencyInjection;

namespace Platform.Engine.Tests;

/// <summary>A test class with its own engine on a fresh database, created before and removed after each test.</summary>
public abstract class EngineTest : IAsyncLifetime
{
    protected EngineFixture Engine { get; set; } = null!;

    public virtual async Task InitializeAsync() => Engine = await EngineFixture.CreateAsync(ConfigureServices);

    public async Task DisposeAsync() => await Engine.DisposeAsync();

    /// <summary>Adds services a test needs next to the engine's (e.g. a record event subscriber).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }
}
