using Platform.Engine.Common;
using Platform.Engine.Notifications.Outbox;

namespace Platform.Engine.Tests.Notifications.Outbox;

public sealed class OutboxEnqueueTests : OutboxTest
{
    [Fact]
    public async Task SameKeyQueuedTwice_IsStoredOnceAndSentOnce()
    {
        var first = await EnqueueAsync(HookToReceiver("wf-1:act-1", """{"n":1}"""));
        var second = await EnqueueAsync(HookToReceiver("wf-1:act-1", """{"n":2}"""));
        await RunDueAsync();
        var third = await EnqueueAsync(HookToReceiver("wf-1:act-1", """{"n":3}"""));
        await RunDueAsync();

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(first.Id, third.Id);
        Assert.Equal(OutboxStatuses.Sent, third.Status);
        var request = Assert.Single(Receiver.Received);
        Assert.Equal("""{"n":1}""", request.Body);
        Assert.Single((await Outbox.ListAsync(null, 100, CancellationToken.None)).Value!);
    }

    [Fact]
    public async Task SameKeyTwiceInOneWrite_IsStoredOnce()
    {
        var ids = new List<long>();
        await WriteAsync(async scope =>
        {
            ids.Add((await Outbox.EnqueueInScopeAsync(scope, Email("wf-2:act-1"), CancellationToken.None)).Value!.Id);
            ids.Add((await Outbox.EnqueueInScopeAsync(scope, Email("wf-2:act-1"), CancellationToken.None)).Value!.Id);
            return true;
        });
        await RunDueAsync();

        Assert.Single(ids.Distinct());
        Assert.Single(Smtp.Received);
    }

    [Fact]
    public async Task MessagesOfAWriteThatRollsBack_AreNeverSent()
    {
        var refused = await WriteAsync(async scope =>
        {
            await Outbox.EnqueueInScopeAsync(scope, HookToReceiver("wf-3:act-1"), CancellationToken.None);
            await Outbox.EnqueueInScopeAsync(scope, Email("wf-3:act-2"), CancellationToken.None);
            return new ValidationFailure(new Dictionary<string, string[]> { ["name"] = ["Required."] }, "The burst failed.");
        });
        await Assert.ThrowsAsync<InvalidOperationException>(() => WriteAsync(async scope =>
        {
            await Outbox.EnqueueInScopeAsync(scope, HookToReceiver("wf-3:act-3"), CancellationToken.None);
            throw new InvalidOperationException("The process fell over mid-burst.");
        }));

        await RunDueAsync();

        Assert.False(refused.IsSuccess);
        Assert.Empty((await Outbox.ListAsync(null, 100, CancellationToken.None)).Value!);
        Assert.Null(await Dispatcher.NextDueAsync(CancellationToken.None));
        Assert.Empty(Receiver.Received);
        Assert.Empty(Smtp.Received);
    }

    public static TheoryData<string, OutboxMessage> Unsendable => new()
    {
        { "idempotencyKey", OutboxMessage.ForEmail(" ", new EmailMessage(["li@example.com"], [], "Hi", "Body")) },
        { "to", OutboxMessage.ForEmail("k", new EmailMessage([], [], "Hi", "Body")) },
        { "to", OutboxMessage.ForEmail("k", new EmailMessage(["not an address"], [], "Hi", "Body")) },
        { "cc", OutboxMessage.ForEmail("k", new EmailMessage(["li@example.com"], ["@example.com"], "Hi", "Body")) },
        { "subject", OutboxMessage.ForEmail("k", new EmailMessage(["li@example.com"], [], "Hi\r\nBcc: everyone@example.com", "Body")) },
        { "body", OutboxMessage.ForEmail("k", new EmailMessage(["li@example.com"], [], "Hi", " ")) },
        { "url", Webhook("k", url: "ftp://example.com/hook") },
        { "url", Webhook("k", url: "/relative/hook") },
        { "event", OutboxMessage.ForWebhook("k", new WebhookMessage("https://example.com/hook", "line\nbreak", "{}", "crm")) },
        { "payload", Webhook("k", body: "{not json", url: "https://example.com/hook") },
        { "secret", Webhook("k", secretName: "nobody-configured-this", url: "https://example.com/hook") },
    };

    [Theory]
    [MemberData(nameof(Unsendable))]
    public async Task Enqueue_RefusesAMessageThatCouldNeverBeSent_KeyedByTheField(string field, OutboxMessage message)
    {
        var result = await Engine.Database.WriteAsync<OutboxEntry>(async scope => await Outbox.EnqueueInScopeAsync(scope, message, CancellationToken.None), CancellationToken.None);

        var failure = Assert.IsType<ValidationFailure>(result.Failure);
        Assert.Equal([field], failure.Errors.Keys);
        Assert.Empty((await Outbox.ListAsync(null, 100, CancellationToken.None)).Value!);
    }

    [Fact]
    public async Task List_FiltersByStatus_AndRefusesAnUnknownOne()
    {
        Receiver.AnswerNext(System.Net.HttpStatusCode.InternalServerError);
        var failing = await EnqueueAsync(HookToReceiver("fails"));
        await RunDueAsync();
        var waiting = await EnqueueAsync(HookToReceiver("waits"));

        var failed = await Outbox.ListAsync(OutboxStatuses.Failed, 100, CancellationToken.None);
        var pending = await Outbox.ListAsync(OutboxStatuses.Pending, 100, CancellationToken.None);
        var all = await Outbox.ListAsync(null, 100, CancellationToken.None);

        Assert.Equal([failing.Id], failed.Value!.Select(e => e.Id));
        Assert.Equal([waiting.Id], pending.Value!.Select(e => e.Id));
        Assert.Equal([waiting.Id, failing.Id], all.Value!.Select(e => e.Id));
        Assert.Equal(["status"], Assert.IsType<ValidationFailure>((await Outbox.ListAsync("lost", 100, CancellationToken.None)).Failure).Errors.Keys);
        Assert.Equal(["limit"], Assert.IsType<ValidationFailure>((await Outbox.ListAsync(null, 0, CancellationToken.None)).Failure).Errors.Keys);
    }
}
