using Platform.Engine.Tests.Notifications.Outbox;

namespace Platform.Server.Tests.Recovery;

/// <summary>
/// One child server for the crash tests, with what it talks to: an SMTP server, a webhook receiver, and a gate
/// that workflows call in the middle of a burst. The tests share it (<see cref="CrashServerCollection"/>) so the
/// server's start is paid for once; each kills and restarts it, and tells its own workflows, events and
/// messages apart by name.
/// </summary>
public sealed class CrashServerFixture : IAsyncLifetime
{
    public const string WebhookSecret = "crash-tests-webhook-secret-5d41402abc4b2a76";

    /// <summary>Ahead of the real date: the session cookie the server sets expires by its own clock.</summary>
    public static readonly DateTimeOffset ClockStart = new(2031, 6, 16, 1, 0, 0, TimeSpan.Zero);

    public CrashServerFixture()
    {
        Server = new ChildServer(new Dictionary<string, string>
        {
            ["Platform:Clock:Mode"] = "Simulated",
            ["Platform:Clock:Start"] = ClockStart.ToString("O"),
            ["Platform:TimeZone"] = "Asia/Shanghai",
            ["Platform:Email:Host"] = "127.0.0.1",
            ["Platform:Email:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Platform:Email:Security"] = "none",
            ["Platform:Email:From"] = "CRM <crm@example.com>",
            ["Platform:Webhooks:Secrets:default"] = WebhookSecret,
            // A message the test's receiver holds stays unanswered until the kill: no try may time out first.
            ["Platform:Webhooks:TimeoutSeconds"] = "120",
            ["Platform:Email:TimeoutSeconds"] = "120",
            // A script in these workflows takes its time on purpose.
            ["Platform:Scripting:TimeoutMilliseconds"] = "30000",
            ["Platform:Scripting:MaxStatements"] = "100000000",
            ["Platform:Scripting:MemoryBytes"] = "1073741824",
        });
    }

    public TestSmtpServer Smtp { get; } = new();

    public TestWebhookReceiver Inbox { get; } = new();

    /// <summary>Called by workflows in the middle of a burst (<see cref="CrashWorkflows.Call"/>); it can hold a call.</summary>
    public TestWebhookReceiver Gate { get; } = new();

    public ChildServer Server { get; }

    public Task InitializeAsync() => Server.StartAsync();

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Gate.Dispose();
        Inbox.Dispose();
        await Smtp.DisposeAsync();
    }
}
