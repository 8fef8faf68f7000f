using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Pipelines;

/// <summary>
/// The SQL of moving every record of a stage to another at once, live records and those in the trash: a ledger row and
/// an audit row per record, then the stage column itself, each as one statement.
/// </summary>
public sealed class StageMoveStore
{
    public async Task<IReadOnlyList<long>> HoldersAsync(WriteScope scope, EntityDefinition entity, FieldDefinition stage, string value, CancellationToken ct) =>
        [.. await scope.Connection.QueryAsync<long>(new CommandDefinition(
            $"SELECT id FROM {SchemaStore.Table(entity.Slug).Quoted} WHERE {SchemaStore.Column(stage.Slug).Quoted} = @value ORDER BY id",
            new { value }, scope.Transaction, cancellationToken: ct))];

    /// <summary>Moves the records holding <paramref name="from"/> to <paramref name="to"/>; returns how many moved.</summary>
    public async Task<int> MoveAsync(WriteScope scope, EntityDefinition entity, FieldDefinition stage, string from, string to, DateTimeOffset at,
        long? by, string? reason, CancellationToken ct)
    {
        var table = SchemaStore.Table(entity.Slug).Quoted;
        var column = SchemaStore.Column(stage.Slug).Quoted;
        var parameters = new
        {
            entity = entity.Slug, field = stage.Slug, from, to, at = Timestamps.Format(at), by, reason, source = StageSources.Designer,
            action = AuditActions.Update, changes = Json.Serialize(new[] { new FieldChange(stage.Slug, from, to) }),
        };
        await scope.Connection.ExecuteAsync(new CommandDefinition($"""
            INSERT INTO sys_stage_ledger (entity, record_id, field, from_stage, to_stage, at, by_user, source, reason)
            SELECT @entity, id, @field, @from, @to, @at, @by, @source, @reason FROM {table} WHERE {column} = @from ORDER BY id;
            INSERT INTO sys_audit (entity, record_id, at, user_id, action, changes)
            SELECT @entity, id, @at, @by, @action, @changes FROM {table} WHERE {column} = @from ORDER BY id;
            """, parameters, scope.Transaction, cancellationToken: ct));
        return await scope.Connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE {table} SET {column} = @to, version = version + 1, updated_at = @at WHERE {column} = @from",
            parameters, scope.Transaction, cancellationToken: ct));
    }
}
