using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Records;
using Platform.Engine.Storage;

namespace Platform.Engine.Workflows.Assignment;

/// <summary>Reads a record's assignment history, newest first, with the reason for each choice.</summary>
public sealed class AssignmentReader(Database database, EntityCatalog entities, RecordStore records, AssignmentStore store)
{
    public async Task<Result<IReadOnlyList<AssignmentEntry>>> HistoryAsync(string entitySlug, long id, CancellationToken ct)
    {
        if (await entities.FindAsync(entitySlug, ct) is not { } entity)
        {
            return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
        }
        return await database.ReadAsync<Result<IReadOnlyList<AssignmentEntry>>>(async connection =>
            await records.FindAsync(connection, null, entity, id, ct) is null
                ? new NotFoundFailure(Texts.Get("record.notFound", id))
                : Result<IReadOnlyList<AssignmentEntry>>.Ok(await store.ForRecordAsync(connection, entity.Slug, id, ct)), ct);
    }
}
