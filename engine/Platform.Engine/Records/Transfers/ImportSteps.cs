using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Identity;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Transfers;

/// <summary>Builds what one run of an import uses: the row preparer (with its user and record look-ups) and the batch writer.</summary>
public sealed class ImportSteps(RecordService records, CreateBatches creates, ImportRecordStore matches, UserStore users, EntityCatalog catalog, Database database,
    LocalCalendar calendar, TimeProvider clock)
{
    internal async Task<(RowPreparer Preparer, ImportBatchWriter Writer)> CreateAsync(EntityDefinition entity, ImportJob job, DryRunMemory? memory, CancellationToken ct)
    {
        var references = await ReferenceLookup.LoadAsync(users, catalog, matches, database, ct);
        var preparer = new RowPreparer(entity, job.Plan, new CellConverter(references, calendar.Zone), creates, clock);
        var writer = new ImportBatchWriter(records, creates, matches, entity, job.Plan, new Actor(job.CreatedBy, job.Plan.Role), clock, memory);
        return (preparer, writer);
    }
}
