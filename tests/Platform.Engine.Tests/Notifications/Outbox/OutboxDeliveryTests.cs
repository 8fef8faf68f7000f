using System.Globalization;
using Platform.Engine.Common;
using Platform.Engine.Notifications.Outbox;
using Platform.Engine.Storage;

namespace Platform.Engine.Tests.Notifications.Outbox;

public sealed class OutboxDeliveryTests : OutboxTest
{
    [Fact]
    public async Task Email_ReachesTheSmtpServer_WithRecipientsBodiesAndTheIdempotencyKey()
    {
        var entry = await EnqueueAsync(OutboxMessage.ForEmail("wf-1:act-1", new EmailMessage(
            ["Li Lei <li@example.com>", "wang@example.com"], ["boss@example.com"], "新线索：Acme 公司",
            "Acme 想要报价。\n.\nA line that is only a dot stays.", "<p>Acme wants a <b>quote</b>.</p>")));

        await RunDueAsync();

        var mail = Assert.Single(Smtp.Received);
        Assert.Equal("crm@example.com", mail.From);
        Assert.Equal(["li@example.com", "wang@example.com", "boss@example.com"], mail.Recipients);
        var message = mail.Parse();
        Assert.Equal("新线索：Acme 公司", message.Subject);
        Assert.Equal(["li@example.com", "wang@example.com"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("Li Lei", message.To.Mailboxes.First().Name);
        Assert.Equal(["boss@example.com"], message.Cc.Mailboxes.Select(m => m.Address));
        Assert.Equal("Acme 想要报价。\n.\nA line that is only a dot stays.", message.TextBody?.ReplaceLineEndings("\n").TrimEnd());
        Assert.Contains("<b>quote</b>", message.HtmlBody);
        Assert.Equal("wf-1:act-1", message.Headers[EmailSender.IdempotencyHeader]);
        Assert.Equal($"{EmailSender.MessageIdOf("wf-1:act-1")}@example.com", message.MessageId);
        var sent = await EntryAsync(entry.Id);
        Assert.Equal(OutboxStatuses.Sent, sent.Status);
        Assert.Equal(Engine.Clock.GetUtcNow(), sent.SentAt);
        Assert.Equal(1, sent.Attempts);
        Assert.Null(sent.NextAttemptAt);
    }

    [Fact]
    public async Task Webhook_ArrivesSigned_WithTheEventTimestampAndIdempotencyKey()
    {
        const string body = """{"lead":{"id":42,"name":"Acme 公司"},"score":87.5}""";
        await EnqueueAsync(HookToReceiver("wf-1:act-2", body));

        await RunDueAsync();

        var request = Assert.Single(Receiver.Received);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/hooks/", request.Path);
        Assert.Equal(body, request.Body);
        Assert.StartsWith("application/json", request.Headers["Content-Type"]);
        Assert.Equal("lead.created", request.Headers["X-Platform-Event"]);
        Assert.Equal("wf-1:act-2", request.Headers["Idempotency-Key"]);
        var timestamp = request.Headers["X-Platform-Timestamp"];
        Assert.Equal(Engine.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), timestamp);
        Assert.Equal(Signature(CrmSecret, timestamp, request.Body), request.Headers["X-Platform-Signature"]);
        Assert.NotEqual(Signature(DefaultSecret, timestamp, request.Body), request.Headers["X-Platform-Signature"]);
    }

    [Fact]
    public async Task Webhook_IsSignedWithTheInlineSecret_OrTheDefaultOne_WhenItNamesNone()
    {
        await EnqueueAsync(HookToReceiver("inline", secretName: null, secret: "just-for-this-one"));
        await EnqueueAsync(HookToReceiver("unnamed", secretName: null));

        await RunDueAsync();

        var inline = Receiver.Received.Single(r => r.Headers["Idempotency-Key"] == "inline");
        var unnamed = Receiver.Received.Single(r => r.Headers["Idempotency-Key"] == "unnamed");
        Assert.Equal(Signature("just-for-this-one", inline.Headers["X-Platform-Timestamp"], inline.Body), inline.Headers["X-Platform-Signature"]);
        Assert.Equal(Signature(DefaultSecret, unnamed.Headers["X-Platform-Timestamp"], unnamed.Body), unnamed.Headers["X-Platform-Signature"]);
    }

    [Fact]
    public async Task List_NeverShowsAnInlineSecret()
    {
        var entry = await EnqueueAsync(HookToReceiver("inline", secretName: null, secret: "just-for-this-one"));

        var listed = await EntryAsync(entry.Id);

        Assert.Null(listed.Webhook!.Secret);
        Assert.Null(entry.Webhook!.Secret);
        Assert.Equal(Receiver.Url.ToString(), listed.Webhook.Url);
    }

    [Fact]
    public async Task Resend_CarriesTheSameIdempotencyKeyAndMessageId_WhenTheSentMarkWasLost()
    {
        var hook = await EnqueueAsync(HookToReceiver("wf-9:act-1"));
        var mail = await EnqueueAsync(Email("wf-9:act-2"));
        await RunDueAsync();
        // As after a crash between the send and the write that records it: the rows are still due.
        await WriteAsync(async scope =>
        {
            await scope.Prepared("UPDATE sys_outbox SET status = 'pending', attempts = 0, sent_at = NULL, next_attempt_at = @at")
                .With("at", Timestamps.Format(Engine.Clock.GetUtcNow())).ExecuteNonQueryAsync();
            return true;
        });

        await RunDueAsync();

        Assert.Equal(2, Receiver.Received.Count);
        Assert.All(Receiver.Received, r => Assert.Equal("wf-9:act-1", r.Headers["Idempotency-Key"]));
        Assert.Equal(2, Smtp.Received.Count);
        Assert.Single(Smtp.Received.Select(m => m.Parse().MessageId).Distinct());
        Assert.Equal(OutboxStatuses.Sent, (await EntryAsync(hook.Id)).Status);
        Assert.Equal(OutboxStatuses.Sent, (await EntryAsync(mail.Id)).Status);
    }
}
