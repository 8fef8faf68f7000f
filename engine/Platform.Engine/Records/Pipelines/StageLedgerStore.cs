using System.Data.Common;
using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Pipelines;

/// <summary>The SQL of the stage ledger: an append-only row per stage change, never updated.</summary>
public sealed class StageLedgerStore
{
    public async Task InsertAsync(WriteScope scope, StageMove move, CancellationToken ct) =>
        await scope.Connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO sys_stage_ledger (entity, record_id, field, from_stage, to_stage, at, by_user, source, reason)
            VALUES (@Entity, @RecordId, @Field, @From, @To, @At, @By, @Source, @Reason)
            """, new { move.Entity, move.RecordId, move.Field, move.From, move.To, At = Timestamps.Format(move.At), move.By, move.Source, move.Reason },
            scope.Transaction, cancellationToken: ct));

    public async Task<IReadOnlyList<StageMove>> ForRecordAsync(DbConnection connection, string entity, long recordId, CancellationToken ct) =>
        [.. (await connection.QueryAsync<Row>(new CommandDefinition("""
            SELECT entity, record_id AS RecordId, field, from_stage AS "From", to_stage AS "To", at, by_user AS "By", source, reason
            FROM sys_stage_ledger WHERE entity = @entity AND record_id = @recordId ORDER BY id
            """, new { entity, recordId }, cancellationToken: ct))).Select(r => r.ToMove())];

    /// <summary>
    /// How many records stood in each stage at <paramref name="at"/>, each by its last move at or before it. The covering
    /// snapshot index hands the rows over grouped by record, so SQLite keeps one running maximum instead of sorting the ledger;
    /// the stage is read from the row holding that maximum (SQLite's bare-column rule for max()).
    /// </summary>
    public async Task<IReadOnlyList<(string Stage, long Count)>> CountsAtAsync(DbConnection connection, string entity, string field, DateTimeOffset at,
        CancellationToken ct) =>
        [.. await connection.QueryAsync<(string, long)>(new CommandDefinition("""
            SELECT stage, count(*) FROM (
              SELECT to_stage AS stage, max(id) FROM sys_stage_ledger WHERE entity = @entity AND field = @field AND at <= @at GROUP BY record_id)
            WHERE stage IS NOT NULL GROUP BY stage
            """, new { entity, field, at = Timestamps.Format(at) }, cancellationToken: ct))];

    public Task RenameFieldAsync(WriteScope scope, string entity, string from, string to, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition("UPDATE sys_stage_ledger SET field = @to WHERE entity = @entity AND field = @from",
            new { entity, from, to }, scope.Transaction, cancellationToken: ct));

    public Task DeleteFieldAsync(WriteScope scope, string entity, string field, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition("DELETE FROM sys_stage_ledger WHERE entity = @entity AND field = @field",
            new { entity, field }, scope.Transaction, cancellationToken: ct));

    /// <summary>How many distinct records entered each stage of a pipeline at or after <paramref name="since"/>: progress towards the stages' targets.</summary>
    public async Task<IReadOnlyDictionary<string, long>> EnteredSinceAsync(DbConnection connection, string entity, string field, DateTimeOffset since,
        CancellationToken ct) =>
        (await connection.QueryAsync<(string Stage, long Count)>(new CommandDefinition("""
            SELECT to_stage, count(DISTINCT record_id) FROM sys_stage_ledger
            WHERE entity = @entity AND field = @field AND at >= @since AND to_stage IS NOT NULL GROUP BY to_stage
            """, new { entity, field, since = Timestamps.Format(since) }, cancellationToken: ct))).ToDictionary(r => r.Stage, r => r.Count);

    private sealed record Row(string Entity, long RecordId, string Field, string? From, string? To, string At, long? By, string Source, string? Reason)
    {
        public StageMove ToMove() => new(Entity, RecordId, Field, From, To, Timestamps.Parse(At), By, Source, Reason);
    }
}
