using System.Globalization;
using Microsoft.Extensions.Logging;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Transfers;

/// <summary>
/// Runs an import through its file in batches. A real run writes each batch and moves the checkpoint in
/// the same transaction, so a crash at any moment loses nothing and writes nothing twice: the next run
/// skips the rows the checkpoint counts and goes on. A dry run writes each batch the same way and rolls
/// it back, keeping only its report.
/// </summary>
public sealed class ImportRunner(Database database, EntityCatalog catalog, ImportStore store, ImportFiles files, ImportSteps steps,
    TimeProvider clock, ILogger<ImportRunner> logger)
{
    /// <summary>Rows per write: large enough that a commit's cost is shared, small enough not to hold other writers up for long.</summary>
    public const int BatchSize = 500;

    /// <summary>
    /// Runs the import from its checkpoint to the end. Cancellation leaves it as it is, to be resumed;
    /// any other failure ends it as failed with the reason.
    /// </summary>
    public async Task RunAsync(string id, CancellationToken ct)
    {
        if (await store.FindAsync(id, ct) is not { Status: ImportStatuses.Queued or ImportStatuses.Running } job)
        {
            return;
        }
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(job.Plan.Language);
        try
        {
            var finished = await ProcessAsync(job, ct);
            if (finished)
            {
                await EndAsync(id, ImportStatuses.Completed, null);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Import {Id} of {Entity} stopped", id, job.Entity);
            await EndAsync(id, ImportStatuses.Failed, Texts.Get("import.failed", e.Message));
        }
    }

    /// <summary>True when every row was handled; false when another run moved the checkpoint first.</summary>
    private async Task<bool> ProcessAsync(ImportJob job, CancellationToken ct)
    {
        if (await catalog.FindAsync(job.Entity, ct) is not { } entity)
        {
            throw new InvalidOperationException(Texts.Get("import.entityGone", job.Entity));
        }
        var path = files.PathOf(job.Id, job.FileFormat);
        if (job.Total is null)
        {
            var total = Count(path, job.FileFormat);
            await WriteAsync(scope => store.StartAsync(scope, job.Id, total, clock.GetUtcNow(), ct), ct);
        }
        var memory = job.Mode == ImportModes.DryRun ? new DryRunMemory() : null;
        var (preparer, writer) = await steps.CreateAsync(entity, job, memory, ct);
        await using var stream = File.OpenRead(path);
        using var reader = TableFiles.Open(stream, job.FileFormat);
        var processed = job.Processed;
        // Each batch is prepared while the one before it is being written: preparing needs no write lock,
        // so the two share the machine's cores instead of taking turns.
        Task<bool>? writing = null;
        var writingRows = 0;
        try
        {
            foreach (var chunk in reader.Rows().Skip((int)processed).Chunk(BatchSize))
            {
                ct.ThrowIfCancellationRequested();
                var rows = new List<PreparedRow>(chunk.Length);
                foreach (var row in chunk)
                {
                    rows.Add(await preparer.PrepareAsync(row, ct));
                }
                if (writing is not null)
                {
                    if (!await writing)
                    {
                        return false;
                    }
                    processed += writingRows;
                }
                writing = memory is null
                    ? CommitAsync(job.Id, processed, writer, rows, ct)
                    : RehearseAsync(job.Id, processed, writer, memory, rows, ct);
                writingRows = rows.Count;
            }
            return writing is null || await writing;
        }
        catch when (writing is { IsCompleted: false })
        {
            // Let the batch being written finish (it commits whole or not at all) before the run ends.
            await Task.WhenAny(writing);
            throw;
        }
    }

    private async Task<bool> CommitAsync(string id, long processed, ImportBatchWriter writer, List<PreparedRow> rows, CancellationToken ct)
    {
        var result = await database.WriteAsync<bool>(async scope =>
        {
            var outcome = await writer.WriteAsync(scope, rows, ct);
            await store.InsertFailuresAsync(scope, id, outcome.Failures, ct);
            return await store.AdvanceAsync(scope, id, processed, processed + rows.Count, outcome.Counts, ct)
                ? true
                : new ConflictFailure("checkpoint moved");
        }, ct);
        return result.IsSuccess;
    }

    private async Task<bool> RehearseAsync(string id, long processed, ImportBatchWriter writer, DryRunMemory memory, List<PreparedRow> rows, CancellationToken ct)
    {
        ImportBatchWriter.Outcome? outcome = null;
        await database.WriteAsync<bool>(async scope =>
        {
            outcome = await writer.WriteAsync(scope, rows, ct);
            return new RolledBack();
        }, ct);
        memory.EndBatch();
        var result = await database.WriteAsync<bool>(async scope =>
        {
            await store.InsertFailuresAsync(scope, id, outcome!.Failures, ct);
            return await store.AdvanceAsync(scope, id, processed, processed + rows.Count, outcome.Counts, ct)
                ? true
                : new ConflictFailure("checkpoint moved");
        }, ct);
        return result.IsSuccess;
    }

    private Task EndAsync(string id, string status, string? message)
    {
        // The end is recorded even when the run was asked to stop: the outcome is already decided.
        files.Delete(id);
        return WriteAsync(scope => store.FinishAsync(scope, id, status, message, clock.GetUtcNow(), CancellationToken.None), CancellationToken.None);
    }

    private Task WriteAsync(Func<WriteScope, Task> work, CancellationToken ct) =>
        database.WriteAsync<bool>(async scope =>
        {
            await work(scope);
            return true;
        }, ct);

    private static long Count(string path, string format)
    {
        using var stream = File.OpenRead(path);
        using var reader = TableFiles.Open(stream, format);
        return reader.Rows().LongCount();
    }

    /// <summary>The failure a dry run's batch returns so that the writer undoes it.</summary>
    private sealed record RolledBack() : Failure("dry run");
}

