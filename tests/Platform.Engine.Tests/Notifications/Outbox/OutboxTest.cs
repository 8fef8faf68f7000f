using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Platform.Engine.Common;
using Platform.Engine.Notifications.Outbox;
using Platform.Engine.Storage;
using OutboxService = Platform.Engine.Notifications.Outbox.Outbox;

namespace Platform.Engine.Tests.Notifications.Outbox;

/// <summary>
/// An engine whose e-mail goes to a <see cref="TestSmtpServer"/> and whose webhooks can reach a
/// <see cref="TestWebhookReceiver"/>, with the webhook secrets <c>crm</c> and <c>default</c> configured.
/// The dispatcher is run by the test, as the simulated clock runs it.
/// </summary>
public abstract class OutboxTest : EngineTest, IAsyncLifetime
{
    public const string CrmSecret = "crm-signing-secret";
    public const string DefaultSecret = "default-signing-secret";

    protected TestSmtpServer Smtp { get; } = new();

    protected TestWebhookReceiver Receiver { get; } = new();

    protected virtual bool EmailConfigured => true;

    protected OutboxService Outbox => Engine.Get<OutboxService>();

    protected OutboxDispatcher Dispatcher => Engine.Get<OutboxDispatcher>();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.Configure<EmailOptions>(o =>
        {
            o.Host = EmailConfigured ? "127.0.0.1" : null;
            o.Port = Smtp.Port;
            o.Security = "none";
            o.From = "CRM <crm@example.com>";
        });
        services.Configure<WebhookOptions>(o =>
        {
            o.Secrets["crm"] = CrmSecret;
            o.Secrets[WebhookOptions.DefaultSecret] = DefaultSecret;
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        Receiver.Dispose();
    }

    protected static OutboxMessage Webhook(string key, string body = """{"lead":42}""", string? secretName = "crm", string? secret = null, string? url = null) =>
        OutboxMessage.ForWebhook(key, new WebhookMessage(url ?? "http://placeholder/", "lead.created", body, secretName, secret));

    protected OutboxMessage HookToReceiver(string key, string body = """{"lead":42}""", string? secretName = "crm", string? secret = null) =>
        Webhook(key, body, secretName, secret, Receiver.Url.ToString());

    protected static OutboxMessage Email(string key, string to = "li@example.com") =>
        OutboxMessage.ForEmail(key, new EmailMessage([to], [], "Hello", "Body"));

    /// <summary>Queues the message in a write of its own and returns the entry it made or found.</summary>
    protected async Task<OutboxEntry> EnqueueAsync(OutboxMessage message)
    {
        var result = await Engine.Database.WriteAsync<OutboxEntry>(async scope => await Outbox.EnqueueInScopeAsync(scope, message, CancellationToken.None), CancellationToken.None);
        Assert.True(result.IsSuccess, EngineFixture.Describe(result.Failure));
        return result.Value;
    }

    protected async Task<OutboxEntry> EntryAsync(long id)
    {
        var list = await Outbox.ListAsync(null, OutboxService.MaxList, CancellationToken.None);
        return list.Value!.Single(e => e.Id == id);
    }

    protected Task RunDueAsync() => Dispatcher.RunDueAsync(CancellationToken.None);

    protected Task<Result<bool>> WriteAsync(Func<WriteScope, Task<Result<bool>>> work) => Engine.Database.WriteAsync(work, CancellationToken.None);

    /// <summary>The signature a receiver computes on its own, as the docs show it.</summary>
    protected static string Signature(string secret, string timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
}
