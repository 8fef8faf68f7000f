using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Notifications;

/// <summary>Tells users things and keeps track of what they have read; every change reaches the live feed after commit.</summary>
public sealed class NotificationService(Database database, NotificationStore store, NotificationFeed feed, TimeProvider clock)
{
    /// <summary>How many notifications a list returns: the newest are what a person looks at.</summary>
    public const int ListLimit = 50;

    public Task<Result<UserNotification>> NotifyAsync(NotificationInput input, CancellationToken ct) =>
        database.WriteAsync<UserNotification>(async scope => await NotifyInScopeAsync(scope, input, ct), ct);

    /// <summary>Notifies inside a caller's write; the feed hears of it only if that write commits.</summary>
    public async Task<UserNotification> NotifyInScopeAsync(WriteScope scope, NotificationInput input, CancellationToken ct)
    {
        var at = clock.GetUtcNow();
        var id = await store.InsertAsync(scope, input, at, ct);
        scope.AfterCommit(() => feed.Changed(input.UserId));
        return new UserNotification(id, input.UserId, input.Title, input.Body, input.Link, input.Entity, input.RecordId, null, at);
    }

    public async Task<NotificationList> ListAsync(long userId, CancellationToken ct) =>
        new(await store.ListAsync(userId, ListLimit, ct), await store.UnreadAsync(userId, ct));

    public Task<long> UnreadAsync(long userId, CancellationToken ct) => store.UnreadAsync(userId, ct);

    public Task<Result<bool>> MarkReadAsync(long userId, long id, CancellationToken ct) =>
        database.WriteAsync<bool>(async scope =>
        {
            if (await store.MarkReadAsync(scope, userId, id, clock.GetUtcNow(), ct) is not { } changed)
            {
                return new NotFoundFailure(Texts.Get("notification.notFound", id));
            }
            if (changed)
            {
                scope.AfterCommit(() => feed.Changed(userId));
            }
            return true;
        }, ct);

    public Task<Result<int>> MarkAllReadAsync(long userId, CancellationToken ct) =>
        database.WriteAsync<int>(async scope =>
        {
            var changed = await store.MarkAllReadAsync(scope, userId, clock.GetUtcNow(), ct);
            if (changed > 0)
            {
                scope.AfterCommit(() => feed.Changed(userId));
            }
            return changed;
        }, ct);
}
