using System.Data.Common;
using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Formulas;

/// <summary>The SQL of formula recomputation: the job table and the rows it reads and rewrites.</summary>
public sealed class FormulaJobStore
{
    private const string Columns = "id, entity, field, status, total, processed, failed, last_id AS LastId, message, created_at AS CreatedAt, finished_at AS FinishedAt";

    public async Task InsertAsync(WriteScope scope, FormulaJob job, CancellationToken ct) =>
        await scope.Connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO sys_formula_jobs (id, entity, field, status, created_at) VALUES (@Id, @Entity, @Field, @Status, @At)
            """, new { job.Id, job.Entity, job.Field, job.Status, At = Timestamps.Format(job.CreatedAt) }, scope.Transaction, cancellationToken: ct));

    /// <summary>Unfinished jobs of a field are superseded by a new one: only the latest formula counts.</summary>
    public async Task CancelAsync(WriteScope scope, string entity, string field, DateTimeOffset at, CancellationToken ct) =>
        await scope.Connection.ExecuteAsync(new CommandDefinition("""
            UPDATE sys_formula_jobs SET status = 'cancelled', finished_at = @At
            WHERE entity = @entity AND field = @field AND status IN ('queued', 'running')
            """, new { entity, field, At = Timestamps.Format(at) }, scope.Transaction, cancellationToken: ct));

    public async Task RenameFieldAsync(WriteScope scope, string entity, string from, string to, CancellationToken ct) =>
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sys_formula_jobs SET field = @to WHERE entity = @entity AND field = @from", new { entity, from, to }, scope.Transaction, cancellationToken: ct));

    public async Task<FormulaJob?> LatestAsync(DbConnection connection, string entity, string field, CancellationToken ct) =>
        Read(await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM sys_formula_jobs WHERE entity = @entity AND field = @field ORDER BY created_at DESC, rowid DESC LIMIT 1",
            new { entity, field }, cancellationToken: ct)));

    public async Task<FormulaJob?> FindAsync(WriteScope scope, string id, CancellationToken ct) =>
        Read(await scope.Connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM sys_formula_jobs WHERE id = @id", new { id }, scope.Transaction, cancellationToken: ct)));

    public async Task<IReadOnlyList<string>> PendingAsync(DbConnection connection, CancellationToken ct) =>
        [.. await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM sys_formula_jobs WHERE status IN ('queued', 'running') ORDER BY created_at, rowid", cancellationToken: ct))];

    public async Task StartAsync(WriteScope scope, string id, long total, CancellationToken ct) =>
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sys_formula_jobs SET status = 'running', total = @total WHERE id = @id", new { id, total }, scope.Transaction, cancellationToken: ct));

    public async Task ProgressAsync(WriteScope scope, string id, long processed, long failed, long lastId, string? message, CancellationToken ct) =>
        await scope.Connection.ExecuteAsync(new CommandDefinition("""
            UPDATE sys_formula_jobs SET processed = processed + @processed, failed = failed + @failed, last_id = @lastId,
                message = coalesce(message, @message)
            WHERE id = @id
            """, new { id, processed, failed, lastId, message }, scope.Transaction, cancellationToken: ct));

    public async Task FinishAsync(WriteScope scope, string id, string status, string? message, DateTimeOffset at, CancellationToken ct) =>
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sys_formula_jobs SET status = @status, message = coalesce(@message, message), finished_at = @At WHERE id = @id",
            new { id, status, message, At = Timestamps.Format(at) }, scope.Transaction, cancellationToken: ct));

    public Task<long> CountRowsAsync(WriteScope scope, EntityDefinition entity, CancellationToken ct) =>
        scope.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT count(*) FROM {SchemaStore.Table(entity.Slug).Quoted}", transaction: scope.Transaction, cancellationToken: ct));

    /// <summary>The next rows after the checkpoint, trashed ones included: a restored record must not come back stale.</summary>
    public async Task<IReadOnlyList<IDictionary<string, object?>>> RowsAfterAsync(WriteScope scope, EntityDefinition entity, long afterId, int limit, CancellationToken ct) =>
        [.. (await scope.Connection.QueryAsync(new CommandDefinition(
            $"SELECT * FROM {SchemaStore.Table(entity.Slug).Quoted} WHERE id > @afterId ORDER BY id LIMIT @limit",
            new { afterId, limit }, scope.Transaction, cancellationToken: ct))).Cast<IDictionary<string, object?>>()];

    /// <summary>Writes a computed value without touching the record's version: a recomputation is not an edit.</summary>
    public async Task SetValueAsync(WriteScope scope, EntityDefinition entity, string field, long id, object? value, CancellationToken ct) =>
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE {SchemaStore.Table(entity.Slug).Quoted} SET {SchemaStore.Column(field).Quoted} = @value WHERE id = @id",
            new { id, value }, scope.Transaction, cancellationToken: ct));

    private static FormulaJob? Read(Row? row) => row is null ? null : new FormulaJob
    {
        Id = row.Id, Entity = row.Entity, Field = row.Field, Status = row.Status, Total = row.Total, Processed = row.Processed, Failed = row.Failed,
        LastId = row.LastId, Message = row.Message, CreatedAt = Timestamps.Parse(row.CreatedAt),
        FinishedAt = row.FinishedAt is null ? null : Timestamps.Parse(row.FinishedAt),
    };

    private sealed record Row(string Id, string Entity, string Field, string Status, long Total, long Processed, long Failed, long LastId,
        string? Message, string CreatedAt, string? FinishedAt);
}
