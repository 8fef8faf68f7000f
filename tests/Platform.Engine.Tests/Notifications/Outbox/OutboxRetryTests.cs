using System.Net;
using Platform.Engine.Common;
using Platform.Engine.Notifications.Outbox;

namespace Platform.Engine.Tests.Notifications.Outbox;

public sealed class OutboxRetryTests : OutboxTest
{
    [Fact]
    public async Task FailedWebhook_IsTriedAfter1m5m30m2hAnd6h_ThenDead()
    {
        Receiver.AnswerNext(HttpStatusCode.ServiceUnavailable, times: 6);
        var entry = await EnqueueAsync(HookToReceiver("wf-1:act-1"));
        await RunDueAsync();
        TimeSpan[] waits = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(6)];

        for (var i = 0; i < waits.Length; i++)
        {
            var failed = await EntryAsync(entry.Id);
            Assert.Equal(OutboxStatuses.Failed, failed.Status);
            Assert.Equal(i + 1, failed.Attempts);
            Assert.Equal("The receiver answered 503 Service Unavailable.", failed.LastError);
            Assert.Equal(Engine.Clock.GetUtcNow() + waits[i], failed.NextAttemptAt);
            Assert.Equal(failed.NextAttemptAt, await Dispatcher.NextDueAsync(CancellationToken.None));

            Engine.Clock.Advance(waits[i] - TimeSpan.FromSeconds(1));
            await RunDueAsync();
            Assert.Equal(i + 1, Receiver.Received.Count);

            Engine.Clock.Advance(TimeSpan.FromSeconds(1));
            await RunDueAsync();
            Assert.Equal(i + 2, Receiver.Received.Count);
        }

        var dead = await EntryAsync(entry.Id);
        Assert.Equal(OutboxStatuses.Dead, dead.Status);
        Assert.Equal(6, dead.Attempts);
        Assert.Null(dead.NextAttemptAt);
        Assert.Null(await Dispatcher.NextDueAsync(CancellationToken.None));
        Engine.Clock.Advance(TimeSpan.FromDays(7));
        await RunDueAsync();
        Assert.Equal(6, Receiver.Received.Count);
        Assert.All(Receiver.Received, r => Assert.Equal("wf-1:act-1", r.Headers["Idempotency-Key"]));
    }

    [Fact]
    public async Task Retry_SendsADeadMessageAgain_AndASentOneIsAConflict()
    {
        Receiver.AnswerNext(HttpStatusCode.InternalServerError, times: RetrySchedule.MaxAttempts);
        var entry = await EnqueueAsync(HookToReceiver("wf-2:act-1"));
        for (var i = 0; i < RetrySchedule.MaxAttempts; i++)
        {
            await RunDueAsync();
            Engine.Clock.Advance(TimeSpan.FromHours(6));
        }
        Assert.Equal(OutboxStatuses.Dead, (await EntryAsync(entry.Id)).Status);

        var retried = await Outbox.RetryAsync(entry.Id, CancellationToken.None);
        Assert.Equal(OutboxStatuses.Pending, retried.Value!.Status);
        Assert.Equal(0, retried.Value.Attempts);
        Assert.Equal(Engine.Clock.GetUtcNow(), retried.Value.NextAttemptAt);
        await RunDueAsync();

        var sent = await EntryAsync(entry.Id);
        Assert.Equal(OutboxStatuses.Sent, sent.Status);
        Assert.Equal(RetrySchedule.MaxAttempts + 1, Receiver.Received.Count);
        Assert.IsType<ConflictFailure>((await Outbox.RetryAsync(entry.Id, CancellationToken.None)).Failure);
        Assert.IsType<NotFoundFailure>((await Outbox.RetryAsync(entry.Id + 1000, CancellationToken.None)).Failure);
    }

    [Fact]
    public async Task RefusedEmail_IsRetried_AndSentOnceTheServerAccepts()
    {
        Smtp.RefuseRecipients = true;
        var entry = await EnqueueAsync(Email("wf-3:act-1"));
        await RunDueAsync();

        var failed = await EntryAsync(entry.Id);
        Assert.Equal(OutboxStatuses.Failed, failed.Status);
        Assert.StartsWith("The mail server answered 550", failed.LastError);
        Assert.Empty(Smtp.Received);

        Smtp.RefuseRecipients = false;
        Engine.Clock.Advance(TimeSpan.FromMinutes(1));
        await RunDueAsync();

        Assert.Equal(OutboxStatuses.Sent, (await EntryAsync(entry.Id)).Status);
        Assert.Single(Smtp.Received);
    }

    [Fact]
    public async Task UnreachableReceiver_CountsAsAFailedTry()
    {
        var closed = Receiver.Url.ToString();
        Receiver.Dispose();
        var entry = await EnqueueAsync(Webhook("wf-4:act-1", url: closed));

        await RunDueAsync();

        var failed = await EntryAsync(entry.Id);
        Assert.Equal(OutboxStatuses.Failed, failed.Status);
        Assert.False(string.IsNullOrWhiteSpace(failed.LastError));
    }

    [Fact]
    public async Task Wait_Ends_WhenAMessageIsQueued()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var waiting = Dispatcher.WaitAsync(timeout.Token);
        Assert.False(waiting.IsCompleted);

        await EnqueueAsync(HookToReceiver("wf-5:act-1"));

        await waiting;
    }

    [Fact]
    public async Task Wait_Ends_WhenARetryFallsDueOnTheClock()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        Receiver.AnswerNext(HttpStatusCode.BadGateway);
        await EnqueueAsync(HookToReceiver("wf-6:act-1"));
        await RunDueAsync();
        // The queueing rang the worker's bell; this wait answers that ring.
        await Dispatcher.WaitAsync(timeout.Token);

        var waiting = Dispatcher.WaitAsync(timeout.Token);
        Assert.False(waiting.IsCompleted);
        Engine.Clock.Advance(TimeSpan.FromMinutes(1));
        await waiting;
        await RunDueAsync();

        Assert.Equal(2, Receiver.Received.Count);
    }
}
