using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Platform.Engine.Notifications;

/// <summary>
/// Tells listeners in this process that a user's notifications changed (new, read), so a live stream can
/// send the new unread count. Each listener gets its own channel; a slow listener only drops repeats.
/// </summary>
public sealed class NotificationFeed
{
    private readonly ConcurrentDictionary<long, ConcurrentDictionary<Channel<bool>, byte>> _listeners = new();

    /// <summary>Listens for changes to <paramref name="userId"/>'s notifications until the subscription is disposed.</summary>
    public Subscription Subscribe(long userId)
    {
        var channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        _listeners.GetOrAdd(userId, _ => new()).TryAdd(channel, 0);
        return new Subscription(channel.Reader, () =>
        {
            if (_listeners.TryGetValue(userId, out var set))
            {
                set.TryRemove(channel, out _);
            }
        });
    }

    public void Changed(long userId)
    {
        if (_listeners.TryGetValue(userId, out var set))
        {
            foreach (var channel in set.Keys)
            {
                channel.Writer.TryWrite(true);
            }
        }
    }

    /// <summary>One listener: read <see cref="Changes"/>, dispose to stop listening.</summary>
    public sealed class Subscription(ChannelReader<bool> changes, Action stop) : IDisposable
    {
        public ChannelReader<bool> Changes { get; } = changes;

        public void Dispose() => stop();
    }
}
