using Platform.Engine.Storage;

namespace Platform.Engine.Records;

/// <summary>Hands each record event to every subscriber, in registration order.</summary>
public sealed class RecordEvents(IEnumerable<IRecordEventSink> sinks)
{
    private readonly IRecordEventSink[] _sinks = sinks.ToArray();

    public async Task RaiseAsync(WriteScope scope, RecordEvent recordEvent, CancellationToken ct)
    {
        foreach (var sink in _sinks)
        {
            await sink.OnRecordEventAsync(scope, recordEvent, ct);
        }
    }
}
