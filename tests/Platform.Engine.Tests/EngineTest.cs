namespace Platform.Engine.Tests;

/// <summary>A test class with its own engine on a fresh database, created before and removed after each test.</summary>
public abstract class EngineTest : IAsyncLifetime
{
    protected EngineFixture Engine { get; private set; } = null!;

    public virtual async Task InitializeAsync() => Engine = await EngineFixture.CreateAsync();

    public async Task DisposeAsync() => await Engine.DisposeAsync();
}
