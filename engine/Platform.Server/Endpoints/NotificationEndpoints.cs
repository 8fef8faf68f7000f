using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Platform.Engine.Notifications;
using Platform.Server.Auth;

namespace Platform.Server.Endpoints;

public static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications").WithTags("Notifications");
        group.MapGet("/", async (HttpContext context, NotificationService notifications, CancellationToken ct) =>
            TypedResults.Ok(await notifications.ListAsync(context.User.Actor().UserId, ct)));
        group.MapPost("/{id:long}/read", async (long id, HttpContext context, NotificationService notifications, CancellationToken ct) =>
            (await notifications.MarkReadAsync(context.User.Actor().UserId, id, ct)).Respond(_ => TypedResults.NoContent()));
        group.MapPost("/read-all", async (HttpContext context, NotificationService notifications, CancellationToken ct) =>
            (await notifications.MarkAllReadAsync(context.User.Actor().UserId, ct)).Respond(_ => TypedResults.NoContent()));
        group.MapGet("/stream", (HttpContext context, NotificationService notifications, NotificationFeed feed, IHostApplicationLifetime lifetime) =>
            TypedResults.ServerSentEvents(UnreadCounts(context.User.Actor().UserId, notifications, feed, context.RequestAborted, lifetime.ApplicationStopping)));
    }

    // The unread count on connect and after every change, until the client goes away.
    private static async IAsyncEnumerable<SseItem<UnreadCount>> UnreadCounts(
        long userId, NotificationService notifications, NotificationFeed feed, CancellationToken aborted, CancellationToken stopping,
        [EnumeratorCancellation] CancellationToken enumeration = default)
    {
        // A stream never ends by itself: it also ends when the server stops, so it does not hold up shutdown.
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, stopping, enumeration);
        var ct = linked.Token;
        using var subscription = feed.Subscribe(userId);
        while (true)
        {
            yield return new SseItem<UnreadCount>(new UnreadCount(await notifications.UnreadAsync(userId, ct)), "unread");
            try
            {
                await subscription.Changes.ReadAsync(ct);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }
        }
    }

    private sealed record UnreadCount(long Unread);
}
