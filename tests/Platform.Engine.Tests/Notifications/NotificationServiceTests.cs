using Platform.Engine.Common;
using Platform.Engine.Notifications;

namespace Platform.Engine.Tests.Notifications;

public sealed class NotificationServiceTests : EngineTest
{
    private NotificationService Notifications => Engine.Get<NotificationService>();

    [Fact]
    public async Task List_ShowsNewestFirstWithTheUnreadCount_AndReadingLowersIt()
    {
        var first = await NotifyAsync("first");
        Engine.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await NotifyAsync("second");
        await NotifyAsync("third");

        var read = await Notifications.MarkReadAsync(1, second.Id, CancellationToken.None);
        var list = await Notifications.ListAsync(1, CancellationToken.None);

        Assert.True(read.IsSuccess);
        Assert.Equal(["third", "second", "first"], list.Items.Select(n => n.Title));
        Assert.Equal(2, list.Unread);
        Assert.Equal(Engine.Clock.GetUtcNow(), list.Items[1].ReadAt);
        Assert.Null(list.Items.Single(n => n.Id == first.Id).ReadAt);

        await Notifications.MarkAllReadAsync(1, CancellationToken.None);

        Assert.Equal(0, await Notifications.UnreadAsync(1, CancellationToken.None));
    }

    [Fact]
    public async Task MarkRead_ReturnsNotFound_WhenTheNotificationBelongsToSomeoneElse()
    {
        var theirs = await NotifyAsync("not yours", userId: 2);

        var result = await Notifications.MarkReadAsync(1, theirs.Id, CancellationToken.None);

        Assert.IsType<NotFoundFailure>(result.Failure);
        Assert.Equal(1, await Notifications.UnreadAsync(2, CancellationToken.None));
    }

    [Fact]
    public async Task Feed_TellsOnlyTheUsersListener_AfterANotificationIsStored()
    {
        using var mine = Engine.Get<NotificationFeed>().Subscribe(1);
        using var others = Engine.Get<NotificationFeed>().Subscribe(2);

        await NotifyAsync("hello");

        Assert.True(mine.Changes.TryRead(out _));
        Assert.False(others.Changes.TryRead(out _));
    }

    [Fact]
    public async Task Feed_StaysQuiet_WhenTheWriteThatNotifiedRollsBack()
    {
        using var mine = Engine.Get<NotificationFeed>().Subscribe(1);

        await Engine.Database.WriteAsync<bool>(async scope =>
        {
            await Notifications.NotifyInScopeAsync(scope, new NotificationInput(1, "undone"), CancellationToken.None);
            return new ConflictFailure("rolled back");
        }, CancellationToken.None);

        Assert.False(mine.Changes.TryRead(out _));
        Assert.Equal(0, await Notifications.UnreadAsync(1, CancellationToken.None));
    }

    private async Task<UserNotification> NotifyAsync(string title, long userId = 1)
    {
        var result = await Notifications.NotifyAsync(new NotificationInput(userId, title), CancellationToken.None);
        Assert.True(result.IsSuccess, EngineFixture.Describe(result.Failure));
        return result.Value;
    }
}
