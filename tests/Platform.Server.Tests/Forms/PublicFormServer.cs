using Platform.Server.Tests.Infrastructure;

namespace Platform.Server.Tests.Forms;

/// <summary>
/// A server whose public forms accept many submissions a minute: every client of a test run comes from one
/// address, and the default limit (10 a minute) would turn a test class's submissions into 429s.
/// </summary>
public sealed class PublicFormServer : IAsyncLifetime
{
    public PlatformFactory App { get; } = PlatformFactory.With(settings: new Dictionary<string, string?>
    {
        ["Platform:PublicForms:PermitLimit"] = "100000",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await App.DisposeAsync();
}
