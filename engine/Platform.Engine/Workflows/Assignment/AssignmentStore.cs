using System.Data.Common;
using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Workflows.Assignment;

/// <summary>The SQL of owner assignment: the assignment history, the round-robin cursors, and open-record counts.</summary>
public sealed class AssignmentStore
{
    // The statements below run in every assignment, inside the burst's write: they stay prepared on the writer,
    // where parsing them anew cost more than running them.

    /// <summary>The user who had the last turn of a round-robin, if any.</summary>
    public async Task<long?> LastTurnAsync(WriteScope scope, string entity, string key, CancellationToken ct) =>
        await scope.Prepared("SELECT last_user_id FROM sys_assignment_cursors WHERE entity = @entity AND key = @key")
            .With("@entity", entity).With("@key", key).ExecuteScalarAsync(ct) is long last ? last : null;

    public Task SaveTurnAsync(WriteScope scope, string entity, string key, long userId, DateTimeOffset at, CancellationToken ct) =>
        scope.Prepared("""
            INSERT INTO sys_assignment_cursors (entity, key, last_user_id, turns, updated_at) VALUES (@entity, @key, @user, 1, @at)
            ON CONFLICT (entity, key) DO UPDATE SET last_user_id = excluded.last_user_id, turns = turns + 1, updated_at = excluded.updated_at
            """).Run(ct, ("@entity", entity), ("@key", key), ("@user", userId), ("@at", Timestamps.Format(at)));

    /// <summary>
    /// How many open records of <paramref name="entity"/> each user owns, leaving out the record being assigned:
    /// live records whose stage fields are all in an open stage (or empty); every live record when the entity has
    /// no stage field.
    /// </summary>
    /// <remarks>
    /// One count per user, each a range of the (owner_id, deleted_at) index: with no stage field the index alone
    /// answers it, without visiting the rows. A single grouped count over all the users cost more than the counts
    /// one by one.
    /// </remarks>
    public async Task<IReadOnlyDictionary<long, int>> OpenCountsAsync(WriteScope scope, EntityDefinition entity, IReadOnlyCollection<long> userIds,
        long exceptRecordId, CancellationToken ct)
    {
        var counts = new Dictionary<long, int>(userIds.Count);
        if (userIds.Count == 0)
        {
            return counts;
        }
        var closed = new List<(string Name, object Value)>();
        var sql = new System.Text.StringBuilder(
            $"SELECT count(*) FROM {SchemaStore.Table(entity.Slug).Quoted} WHERE owner_id = @user AND deleted_at IS NULL AND id <> @except");
        foreach (var (field, i) in entity.Fields.Where(f => f.Type == FieldTypeNames.Stage).Select((f, i) => (f, i)))
        {
            var values = (field.Stages ?? []).Where(s => s.Category != StageCategories.Open).Select(s => s.Value).ToList();
            if (values.Count > 0)
            {
                var column = SchemaStore.Column(field.Slug).Quoted;
                var names = values.Select((v, j) => $"@closed{i}_{j}").ToList();
                sql.Append($" AND ({column} IS NULL OR {column} NOT IN ({string.Join(", ", names)}))");
                closed.AddRange(names.Zip(values, (n, v) => (n, (object)v)));
            }
        }
        var text = sql.ToString();
        foreach (var userId in userIds.Distinct())
        {
            var command = scope.Prepared(text).With("@user", userId).With("@except", exceptRecordId);
            foreach (var (name, value) in closed)
            {
                command.With(name, value);
            }
            if (Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) is var open and > 0)
            {
                counts[userId] = open;
            }
        }
        return counts;
    }

    public Task<long> InsertAsync(WriteScope scope, AssignmentEntry entry, CancellationToken ct) =>
        scope.Prepared("""
            INSERT INTO sys_assignments (entity, record_id, user_id, strategy, by_default, reason, candidates, at, by_user, workflow_instance_id)
            VALUES (@entity, @record, @user, @strategy, @byDefault, @reason, @candidates, @at, @by, @instance)
            RETURNING id
            """).RunForLongAsync(ct, ("@entity", entry.Entity), ("@record", entry.RecordId), ("@user", entry.UserId), ("@strategy", entry.Strategy),
            ("@byDefault", entry.ByDefault), ("@reason", Json.Serialize(entry.Reason)), ("@candidates", Json.Serialize(entry.Candidates)),
            ("@at", Timestamps.Format(entry.At)), ("@by", entry.ByUserId), ("@instance", entry.WorkflowInstanceId));

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
