using Platform.Engine.Storage;

namespace Platform.Engine.Records;

/// <summary>A subscriber to record events (workflow triggers). Runs inside the write transaction.</summary>
public interface IRecordEventSink
{
    Task OnRecordEventAsync(WriteScope scope, RecordEvent recordEvent, CancellationToken ct);
}
