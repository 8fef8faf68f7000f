using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Engine.Notifications.Outbox;
using Platform.Engine.Storage;
using Platform.Server.Tests.Infrastructure;
using OutboxService = Platform.Engine.Notifications.Outbox.Outbox;

namespace Platform.Server.Tests.Outbox;

public sealed class OutboxEndpointTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Outbox_Returns401SignedOut_And403ForMembers()
    {
        using var anonymous = factory.Anonymous();
        using var admin = await factory.AdminAsync();
        using var member = (await factory.UserAsync(admin)).Client;
        var id = await FailedWebhookAsync();

        await (await anonymous.GetAsync("/api/admin/outbox")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsync($"/api/admin/outbox/{id}/retry", null)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await member.GetAsync("/api/admin/outbox")).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PostAsync($"/api/admin/outbox/{id}/retry", null)).ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task FailedWebhook_IsListedWithItsError_AndRetryMakesItDueAgain()
    {
        using var admin = await factory.AdminAsync();
        var id = await FailedWebhookAsync();

        var failed = await admin.GetJsonAsync("/api/admin/outbox?status=failed");
        var item = failed.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == id);
        Assert.Equal("webhook", item.GetProperty("kind").GetString());
        Assert.Equal(1, item.GetProperty("attempts").GetInt32());
        Assert.Equal("The receiver answered 401 Unauthorized.", item.GetProperty("lastError").GetString());
        Assert.Equal("lead.created", item.GetProperty("webhook").GetProperty("event").GetString());
        Assert.Equal(JsonValueKindNull, item.GetProperty("webhook").GetProperty("secret").ValueKind);
        var pending = await admin.GetJsonAsync("/api/admin/outbox?status=pending");
        Assert.DoesNotContain(pending.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt64() == id);

        var retried = await (await admin.PostAsync($"/api/admin/outbox/{id}/retry", null)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("pending", retried.GetProperty("status").GetString());
        Assert.Equal(0, retried.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task Outbox_AnswersProblems_ForAnUnknownStatusOrMessage()
    {
        using var admin = await factory.AdminAsync();

        await (await admin.GetAsync("/api/admin/outbox?status=lost")).ReadValidationErrorAsync("status");
        await (await admin.GetAsync("/api/admin/outbox?limit=0")).ReadValidationErrorAsync("limit");
        await (await admin.PostAsync("/api/admin/outbox/987654/retry", null)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Server_RefusesToStart_WhenTheEmailSecurityIsUnknown()
    {
        await using var app = PlatformFactory.With(settings: new Dictionary<string, string?> { ["Platform:Email:Security"] = "tls" });

        var refused = Assert.ThrowsAny<Exception>(() => app.ServerAddress);

        Assert.Contains("Platform:Email", refused.ToString());
    }

    [Fact]
    public async Task QueuedWebhook_IsSentByTheServersWorker_WithoutAnyoneAsking()
    {
        using var receiver = new HttpListener();
        var url = ListenOnAFreePort(receiver);
        var received = receiver.GetContextAsync();

        var key = Guid.NewGuid().ToString("N");
        await factory.Services.GetRequiredService<Database>().WriteAsync<OutboxEntry>(async scope =>
            await factory.Services.GetRequiredService<OutboxService>().EnqueueInScopeAsync(scope,
                OutboxMessage.ForWebhook(key, new WebhookMessage(url, "lead.created", "{}", Secret: "inline-secret")), CancellationToken.None),
            CancellationToken.None);

        var context = await received.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(key, context.Request.Headers["Idempotency-Key"]);
        context.Response.StatusCode = 204;
        context.Response.Close();
    }

    private static string ListenOnAFreePort(HttpListener listener)
    {
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/hooks/";
        probe.Stop();
        listener.Prefixes.Add(url);
        listener.Start();
        return url;
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    /// <summary>
    /// A webhook to the server's own health route, which refuses an anonymous POST (401), tried once. The try runs here as
    /// the simulated clock would run it; if the server's worker got there first, this finds nothing left to do.
    /// </summary>
    private async Task<long> FailedWebhookAsync()
    {
        var outbox = factory.Services.GetRequiredService<OutboxService>();
        var message = OutboxMessage.ForWebhook(Guid.NewGuid().ToString("N"),
            new WebhookMessage(new Uri(factory.ServerAddress, "/health").ToString(), "lead.created", """{"lead":42}""", Secret: "inline-secret"));
        var entry = await factory.Services.GetRequiredService<Database>().WriteAsync<OutboxEntry>(
            async scope => await outbox.EnqueueInScopeAsync(scope, message, CancellationToken.None), CancellationToken.None);
        await factory.Services.GetRequiredService<OutboxDispatcher>().RunDueAsync(CancellationToken.None);
        return entry.Value!.Id;
    }
}
