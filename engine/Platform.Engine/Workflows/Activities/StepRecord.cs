using Platform.Engine.Common;
using Platform.Engine.Records;
using Platform.Engine.Storage;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// The record a step is about (<see cref="RecordTarget"/>), as the burst's write sees it, read at most once per
/// step: a step renders its texts over it and finds its owner in it, and nothing it does between the two changes
/// the record. Reading it once each time cost a row read and a conversion of the whole record per use.
/// </summary>
internal sealed class StepRecord(RecordReader reader, (string Entity, long RecordId)? target)
{
    private Result<Dictionary<string, object?>>? _read;

    public (string Entity, long RecordId)? Target => target;

    /// <summary>The record as it is now; a failure when the step is about none, or it is gone.</summary>
    public async ValueTask<Result<Dictionary<string, object?>>> ReadAsync(WriteScope scope, CancellationToken ct)
    {
        if (target is not (string entity, long id))
        {
            return new NotFoundFailure(Texts.Get("activity.recipient.noRecord"));
        }
        return _read ??= await reader.GetInScopeAsync(scope, entity, id, ct);
    }
}
