using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Transfers;

/// <summary>One server per test class whose platform time zone is Asia/Shanghai, as a deployment in China would set it.</summary>
public sealed class ShanghaiServer : IAsyncLifetime
{
    public PlatformFactory Factory { get; } = PlatformFactory.With(settings: new Dictionary<string, string?> { ["Platform:TimeZone"] = "Asia/Shanghai" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
