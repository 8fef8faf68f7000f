using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Platform.Server.PublicForms;

/// <summary>
/// A fixed window of submissions per client address, timed by <see cref="TimeProvider"/> so that tests
/// move the clock instead of waiting. Expired windows are swept as new ones open, so the table stays as
/// small as the number of recent senders.
/// </summary>
public sealed class PublicFormLimiter(IOptions<PublicFormOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    /// <summary>Null when the submission may go ahead; else how long to wait.</summary>
    public TimeSpan? Acquire(string address)
    {
        var now = clock.GetUtcNow();
        var length = TimeSpan.FromSeconds(options.Value.WindowSeconds);
        Sweep(now, length);
        var window = _windows.AddOrUpdate(address,
            _ => new Window(now, 1),
            (_, current) => now - current.Start >= length ? new Window(now, 1) : current with { Count = current.Count + 1 });
        if (window.Count <= options.Value.PermitLimit)
        {
            return null;
        }
        var wait = window.Start + length - now;
        return wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait;
    }

    private void Sweep(DateTimeOffset now, TimeSpan length)
    {
        if (now < _nextSweep)
        {
            return;
        }
        _nextSweep = now + length;
        foreach (var (address, window) in _windows)
        {
            if (now - window.Start >= length)
            {
                _windows.TryRemove(new KeyValuePair<string, Window>(address, window));
            }
        }
    }

    private sealed record Window(DateTimeOffset Start, int Count);
}
