using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Rollups;

/// <summary>
/// Keeps rollups current inside the write that changes a related record. Every write path (the API, bulk
/// and form writes, imports, cascades) raises a record event, so following the events covers them all:
/// a created, changed, deleted or restored record refreshes the parents it links to, before and after
/// the change (a record moved to another parent refreshes both). A new or restored parent gets its own
/// rollups computed, so its counts start at zero rather than empty.
/// </summary>
internal sealed class RollupUpdates(EntityCatalog catalog, RollupStore store) : IRecordEventSink
{
    public async Task OnRecordEventAsync(WriteScope scope, RecordEvent recordEvent, CancellationToken ct)
    {
        if (recordEvent.Kind is not (RecordEventKinds.Created or RecordEventKinds.Updated or RecordEventKinds.Deleted or RecordEventKinds.Restored))
        {
            return;
        }
        var all = await catalog.AllAsync(ct);
        if (all.FirstOrDefault(e => e.Slug == recordEvent.Entity) is not { } entity)
        {
            return;
        }
        foreach (var path in RollupPath.Over(all, entity))
        {
            if (Parents(recordEvent, path.Settings.Via!) is { Count: > 0 } parents)
            {
                await store.RefreshAsync(scope, path, parents, ct);
            }
        }
        if (recordEvent.Kind is RecordEventKinds.Created or RecordEventKinds.Restored)
        {
            foreach (var path in RollupPath.Of(all, entity))
            {
                await store.RefreshAsync(scope, path, [recordEvent.RecordId], ct);
            }
        }
    }

    /// <summary>The parents the record links to through <paramref name="via"/>, now and before an update.</summary>
    private static HashSet<long> Parents(RecordEvent recordEvent, string via)
    {
        var parents = new HashSet<long>();
        if (Id(recordEvent.Record.GetValueOrDefault(via)) is { } now)
        {
            parents.Add(now);
        }
        if (recordEvent.Changes?.FirstOrDefault(c => c.Field == via) is { } change && Id(change.Old) is { } before)
        {
            parents.Add(before);
        }
        return parents;
    }

    private static long? Id(object? value) => value is null ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
}
