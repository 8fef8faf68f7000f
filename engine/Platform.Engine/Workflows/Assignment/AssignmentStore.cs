using System.Data.Common;
using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Workflows.Assignment;

/// <summary>The SQL of owner assignment: the assignment history, the round-robin cursors, and open-record counts.</summary>
public sealed class AssignmentStore
{
    /// <summary>The user who had the last turn of a round-robin, if any.</summary>
    public Task<long?> LastTurnAsync(WriteScope scope, string entity, string key, CancellationToken ct) =>
        scope.Connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT last_user_id FROM sys_assignment_cursors WHERE entity = @entity AND key = @key",
            new { entity, key }, scope.Transaction, cancellationToken: ct));

    public Task SaveTurnAsync(WriteScope scope, string entity, string key, long userId, DateTimeOffset at, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO sys_assignment_cursors (entity, key, last_user_id, turns, updated_at) VALUES (@entity, @key, @userId, 1, @at)
            ON CONFLICT (entity, key) DO UPDATE SET last_user_id = excluded.last_user_id, turns = turns + 1, updated_at = excluded.updated_at
            """, new { entity, key, userId, at = Timestamps.Format(at) }, scope.Transaction, cancellationToken: ct));

    /// <summary>
    /// How many open records of <paramref name="entity"/> each user owns, leaving out the record being assigned:
    /// live records whose stage fields are all in an open stage (or empty); every live record when the entity has
    /// no stage field.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, int>> OpenCountsAsync(WriteScope scope, EntityDefinition entity, IReadOnlyCollection<long> userIds,
        long exceptRecordId, CancellationToken ct)
    {
        if (userIds.Count == 0)
        {
            return new Dictionary<long, int>();
        }
        var parameters = new DynamicParameters(new { userIds, exceptRecordId });
        var closed = "";
        foreach (var (field, i) in entity.Fields.Where(f => f.Type == FieldTypeNames.Stage).Select((f, i) => (f, i)))
        {
            var values = (field.Stages ?? []).Where(s => s.Category != StageCategories.Open).Select(s => s.Value).ToList();
            if (values.Count > 0)
            {
                var column = SchemaStore.Column(field.Slug).Quoted;
                closed += $" AND ({column} IS NULL OR {column} NOT IN @closed{i})";
                parameters.Add($"closed{i}", values);
            }
        }
        var rows = await scope.Connection.QueryAsync<(long UserId, long Open)>(new CommandDefinition(
            $"""
            SELECT owner_id, count(*) FROM {SchemaStore.Table(entity.Slug).Quoted}
            WHERE owner_id IN @userIds AND deleted_at IS NULL AND id <> @exceptRecordId{closed}
            GROUP BY owner_id
            """, parameters, scope.Transaction, cancellationToken: ct));
        return rows.ToDictionary(r => r.UserId, r => (int)r.Open);
    }

    public Task<long> InsertAsync(WriteScope scope, AssignmentEntry entry, CancellationToken ct) =>
        scope.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO sys_assignments (entity, record_id, user_id, strategy, by_default, reason, candidates, at, by_user, workflow_instance_id)
            VALUES (@Entity, @RecordId, @UserId, @Strategy, @ByDefault, @Reason, @Candidates, @At, @ByUserId, @WorkflowInstanceId)
            RETURNING id
            """, new
            {
                entry.Entity, entry.RecordId, entry.UserId, entry.Strategy, entry.ByDefault, Reason = Json.Serialize(entry.Reason),
                Candidates = Json.Serialize(entry.Candidates), At = Timestamps.Format(entry.At), entry.ByUserId, entry.WorkflowInstanceId,
            }, scope.Transaction, cancellationToken: ct));

    /// <summary>A record's assignments, newest first, with the names of the users who became owner.</summary>
    public async Task<IReadOnlyList<AssignmentEntry>> ForRecordAsync(DbConnection connection, string entity, long recordId, CancellationToken ct) =>
        [.. (await connection.QueryAsync<Row>(new CommandDefinition(
            """
            SELECT a.id, a.entity, a.record_id AS RecordId, a.user_id AS UserId, u.name AS UserName, a.strategy, a.by_default AS ByDefault,
                a.reason, a.candidates, a.at, a.by_user AS ByUserId, b.name AS ByUserName, a.workflow_instance_id AS WorkflowInstanceId
            FROM sys_assignments a LEFT JOIN sys_users u ON u.id = a.user_id LEFT JOIN sys_users b ON b.id = a.by_user
            WHERE a.entity = @entity AND a.record_id = @recordId ORDER BY a.id DESC
            """, new { entity, recordId }, cancellationToken: ct))).Select(r => r.ToEntry())];

    private sealed record Row
    {
        public long Id { get; init; }
        public string Entity { get; init; } = "";
        public long RecordId { get; init; }
        public long? UserId { get; init; }
        public string? UserName { get; init; }
        public string Strategy { get; init; } = "";
        public bool ByDefault { get; init; }
        public string Reason { get; init; } = "{}";
        public string Candidates { get; init; } = "[]";
        public string At { get; init; } = "";
        public long? ByUserId { get; init; }
        public string? ByUserName { get; init; }
        public string? WorkflowInstanceId { get; init; }

        public AssignmentEntry ToEntry() => new()
        {
            Id = Id, Entity = Entity, RecordId = RecordId, UserId = UserId, UserName = UserName, Strategy = Strategy, ByDefault = ByDefault,
            Reason = Json.Deserialize<Dictionary<string, string>>(Reason), Candidates = Json.Deserialize<long[]>(Candidates),
            At = Timestamps.Parse(At), ByUserId = ByUserId, ByUserName = ByUserName, WorkflowInstanceId = WorkflowInstanceId,
        };
    }
}
