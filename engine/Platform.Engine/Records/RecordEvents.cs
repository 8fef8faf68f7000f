using Platform.Engine.Storage;

namespace Platform.Engine.Records;

/// <summary>Hands each record event to every subscriber, in registration order.</summary>
public sealed class RecordEvents(IEnumerable<IRecordEventSink> sinks)
{
    private readonly IRecordEventSink[] _sinks = sinks.ToArray();

    /// <summary>Whether anyone listens: an event that needs extra reads to build is skipped otherwise.</summary>
    public bool Subscribed => _sinks.Length > 0;

    public async Task RaiseAsync(WriteScope scope, RecordEvent recordEvent, CancellationToken ct)
    {
        foreach (var sink in _sinks)
        {
            await sink.OnRecordEventAsync(scope, recordEvent, ct);
        }
    }
}
