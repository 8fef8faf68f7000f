using Platform.Engine.Notifications.Outbox;

namespace Platform.Engine.Tests.Notifications.Outbox;

public sealed class OutboxWithoutEmailTests : OutboxTest
{
    protected override bool EmailConfigured => false;

    [Fact]
    public async Task Email_StaysPendingWithTheReason_WhileNoSmtpHostIsConfigured_AndWebhooksStillGo()
    {
        var mail = await EnqueueAsync(Email("wf-1:act-1"));
        await EnqueueAsync(HookToReceiver("wf-1:act-2"));

        await RunDueAsync();
        Engine.Clock.Advance(TimeSpan.FromDays(1));
        await RunDueAsync();

        var waiting = await EntryAsync(mail.Id);
        Assert.Equal(OutboxStatuses.Pending, waiting.Status);
        Assert.Equal(0, waiting.Attempts);
        Assert.StartsWith("e-mail is not configured", waiting.LastError);
        Assert.Empty(Smtp.Received);
        Assert.Single(Receiver.Received);
        // Nothing is due for the clock to run: the e-mail waits for configuration, not for time.
        Assert.Null(await Dispatcher.NextDueAsync(CancellationToken.None));
    }
}
