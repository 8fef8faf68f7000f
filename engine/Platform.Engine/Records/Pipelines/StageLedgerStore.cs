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

    /// <summary>Each record's stage as of <paramref name="at"/>: the last move at or before it.</summary>
    public async Task<IReadOnlyList<(long RecordId, string? Stage)>> StagesAtAsync(DbConnection connection, string entity, string field, DateTimeOffset at, CancellationToken ct) =>
        [.. await connection.QueryAsync<(long, string?)>(new CommandDefinition("""
            SELECT l.record_id, l.to_stage FROM sys_stage_ledger l
            JOIN (SELECT record_id, max(id) AS id FROM sys_stage_ledger WHERE entity = @entity AND field = @field AND at <= @at GROUP BY record_id) last
              ON last.id = l.id
            """, new { entity, field, at = Timestamps.Format(at) }, cancellationToken: ct))];

    private sealed record Row(string Entity, long RecordId, string Field, string? From, string? To, string At, long? By, string Source, string? Reason)
    {
        public StageMove ToMove() => new(Entity, RecordId, Field, From, To, Timestamps.Parse(At), By, Source, Reason);
    }
}
