using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Pipelines;

/// <summary>
/// A record's timeline, newest first: its audited changes, its stage moves, the records of other entities
/// that link to it (the activities of a deal), and what other features add (<see cref="ITimelineSource"/>),
/// each with who and when.
/// </summary>
public sealed class TimelineService(Database database, EntityCatalog entities, RecordStore records, StageLedgerStore ledger,
    IEnumerable<ITimelineSource> sources)
{
    /// <summary>Linked records read per relation; the timeline is for reading, not for exporting.</summary>
    public const int RelatedPerLink = 100;

    public async Task<Result<IReadOnlyList<TimelineItem>>> TimelineAsync(string entitySlug, long id, CancellationToken ct)
    {
        if (await entities.FindAsync(entitySlug, ct) is not { } entity)
        {
            return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
        }
        var all = await entities.AllAsync(ct);
        return await database.ReadAsync<Result<IReadOnlyList<TimelineItem>>>(async connection =>
        {
            var history = await records.HistoryAsync(connection, entity.Slug, id, ct);
            if (history.Count == 0)
            {
                return new NotFoundFailure(Texts.Get("record.notFound", id));
            }
            var items = history.Select(h => new TimelineItem("change", h.At, h.UserId, h.UserName) { Action = h.Action, Changes = h.Changes }).ToList();
            items.AddRange((await ledger.ForRecordAsync(connection, entity.Slug, id, ct)).Select(m => new TimelineItem("stage", m.At, m.By, null) { Move = m }));
            foreach (var other in all)
            {
                foreach (var link in other.Fields.Where(f => f.Type == FieldTypeNames.Relation && f.Relation?.Entity == entity.Slug))
                {
                    var sql = new SqlFragment();
                    var where = $"deleted_at IS NULL AND {SchemaStore.Column(link.Slug).Quoted} = @{sql.Add(id)}";
                    var linked = await records.QueryAsync(connection, other, other.Fields, where, "created_at DESC, id DESC", RelatedPerLink, sql, ct);
                    items.AddRange(linked.Select(r => new TimelineItem("related", Timestamps.Parse((string)r["created_at"]!), r["created_by"] as long?, null)
                    {
                        Entity = other.Slug, Via = link.Slug, Record = RecordJson.From(other, r),
                    }));
                }
            }
            foreach (var source in sources)
            {
                items.AddRange(await source.ItemsAsync(connection, entity, id, ct));
            }
            return items.OrderByDescending(i => i.At).ToList();
        }, ct);
    }
}
