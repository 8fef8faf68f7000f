using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Transfers;

/// <summary>The <c>sys_imports</c> table (one row per import, its checkpoint included) and the rows each refused.</summary>
public sealed class ImportStore(Database database)
{
    private const string Columns = """
        id, entity, mode, status, file_name AS fileName, file_format AS fileFormat, settings, columns, total, processed,
        created, updated, skipped, failed, message, created_by AS createdBy, created_at AS createdAt, started_at AS startedAt,
        finished_at AS finishedAt
        """;

    internal Task InsertAsync(WriteScope scope, ImportJob job, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO sys_imports (id, entity, mode, status, file_name, file_format, settings, columns, created_by, created_at)
            VALUES (@Id, @Entity, @Mode, @Status, @FileName, @FileFormat, @settings, @columns, @CreatedBy, @createdAt)
            """,
            new
            {
                job.Id, job.Entity, job.Mode, job.Status, job.FileName, job.FileFormat, job.CreatedBy,
                settings = Json.Serialize(job.Plan), columns = Json.Serialize(job.Columns), createdAt = Timestamps.Format(job.CreatedAt),
            }, scope.Transaction, cancellationToken: ct));

    internal Task<ImportJob?> FindAsync(string id, CancellationToken ct) =>
        database.ReadAsync(async c => (await c.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM sys_imports WHERE id = @id", new { id }, cancellationToken: ct)))?.ToJob(), ct);

    /// <summary>Background imports that have not ended, oldest first: queued ones and those a stop interrupted.</summary>
    internal Task<IReadOnlyList<string>> PendingAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<string>>(async c => [.. await c.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM sys_imports WHERE mode = @mode AND status IN ('queued', 'running') ORDER BY created_at, id",
            new { mode = ImportModes.Commit }, cancellationToken: ct))], ct);

    internal Task StartAsync(WriteScope scope, string id, long total, DateTimeOffset at, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sys_imports SET status = 'running', total = @total, started_at = coalesce(started_at, @at) WHERE id = @id",
            new { id, total, at = Timestamps.Format(at) }, scope.Transaction, cancellationToken: ct));

    /// <summary>
    /// Moves the checkpoint from <paramref name="from"/> rows to <paramref name="to"/> and adds the batch's
    /// counts, in the batch's own transaction. False when the checkpoint is not where this run left it
    /// (another run got there first): the caller then rolls the batch back.
    /// </summary>
    internal async Task<bool> AdvanceAsync(WriteScope scope, string id, long from, long to, ImportCounts counts, CancellationToken ct) =>
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE sys_imports SET processed = @to, created = created + @Created, updated = updated + @Updated,
                skipped = skipped + @Skipped, failed = failed + @Failed
            WHERE id = @id AND processed = @from AND status IN ('queued', 'running')
            """,
            new { id, from, to, counts.Created, counts.Updated, counts.Skipped, counts.Failed }, scope.Transaction, cancellationToken: ct)) == 1;

    internal async Task InsertFailuresAsync(WriteScope scope, string id, IEnumerable<ImportFailure> failures, CancellationToken ct)
    {
        foreach (var failure in failures)
        {
            await scope.Prepared("INSERT INTO sys_import_failures (import_id, row_no, cells, errors) VALUES (@id, @row, @cells, @errors)")
                .With("id", id).With("row", failure.Row).With("cells", Json.Serialize(failure.Cells))
                .With("errors", Json.Serialize(failure.Errors.Select(e => new StoredError(e.Field, e.Message))))
                .ExecuteNonQueryAsync(ct);
        }
    }

    internal Task FinishAsync(WriteScope scope, string id, string status, string? message, DateTimeOffset at, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sys_imports SET status = @status, message = @message, finished_at = @at WHERE id = @id",
            new { id, status, message, at = Timestamps.Format(at) }, scope.Transaction, cancellationToken: ct));

    /// <summary>Dry runs are synchronous: one still "running" when the server starts was cut off by a stop.</summary>
    internal Task<int> FailInterruptedDryRunsAsync(WriteScope scope, DateTimeOffset before, string message, DateTimeOffset at, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sys_imports SET status = 'failed', message = @message, finished_at = @at WHERE mode = @mode AND status = 'running' AND created_at < @before",
            new { message, at = Timestamps.Format(at), mode = ImportModes.DryRun, before = Timestamps.Format(before) }, scope.Transaction, cancellationToken: ct));

    /// <summary>Up to <paramref name="limit"/> refused rows after row <paramref name="afterRow"/>, in row order.</summary>
    internal Task<IReadOnlyList<ImportFailure>> FailuresAsync(string id, int afterRow, int limit, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<ImportFailure>>(async c =>
        {
            var rows = await c.QueryAsync<(long Row, string Cells, string Errors)>(new CommandDefinition(
                "SELECT row_no, cells, errors FROM sys_import_failures WHERE import_id = @id AND row_no > @afterRow ORDER BY row_no LIMIT @limit",
                new { id, afterRow, limit }, cancellationToken: ct));
            return [.. rows.Select(r => new ImportFailure((int)r.Row, Json.Deserialize<List<string?>>(r.Cells),
                [.. Json.Deserialize<List<StoredError>>(r.Errors).Select(e => new ImportError((int)r.Row, e.Field, e.Message))]))];
        }, ct);

    private sealed record StoredError(string? Field, string Message);

    private sealed class Row
    {
        public string Id { get; init; } = "";
        public string Entity { get; init; } = "";
        public string Mode { get; init; } = "";
        public string Status { get; init; } = "";
        public string FileName { get; init; } = "";
        public string FileFormat { get; init; } = "";
        public string Settings { get; init; } = "";
        public string Columns { get; init; } = "";
        public long? Total { get; init; }
        public long Processed { get; init; }
        public long Created { get; init; }
        public long Updated { get; init; }
        public long Skipped { get; init; }
        public long Failed { get; init; }
        public string? Message { get; init; }
        public long CreatedBy { get; init; }
        public string CreatedAt { get; init; } = "";
        public string? StartedAt { get; init; }
        public string? FinishedAt { get; init; }

        public ImportJob ToJob() => new()
        {
            Id = Id, Entity = Entity, Mode = Mode, Status = Status, FileName = FileName, FileFormat = FileFormat,
            Plan = Json.Deserialize<ImportPlan>(Settings), Columns = Json.Deserialize<List<ImportColumn>>(Columns),
            Total = Total, Processed = Processed, Counts = new ImportCounts(Created, Updated, Skipped, Failed), Message = Message,
            CreatedBy = CreatedBy, CreatedAt = Timestamps.Parse(CreatedAt),
            StartedAt = StartedAt is null ? null : Timestamps.Parse(StartedAt), FinishedAt = FinishedAt is null ? null : Timestamps.Parse(FinishedAt),
        };
    }
}
