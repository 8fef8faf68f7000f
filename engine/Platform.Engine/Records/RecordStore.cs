using System.Data.Common;
using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Records;

/// <summary>
/// SQL over entity tables. Rows come back as column → stored value dictionaries; table and column names
/// come only from <see cref="SchemaStore"/>'s identifiers, values only as parameters.
/// </summary>
public sealed class RecordStore
{
    private const string SystemColumns = "id, version, created_at, updated_at, created_by, owner_id, deleted_at";

    public async Task<IReadOnlyList<IDictionary<string, object?>>> QueryAsync(DbConnection connection, EntityDefinition entity,
        IEnumerable<FieldDefinition> fields, string where, string orderBy, int limit, SqlFragment sql, CancellationToken ct, DbTransaction? transaction = null)
    {
        var columns = string.Concat(fields.Select(f => ", " + SchemaStore.Column(f.Slug).Quoted));
        var rows = await connection.QueryAsync(new CommandDefinition(
            $"SELECT {SystemColumns}{columns} FROM {SchemaStore.Table(entity.Slug).Quoted} WHERE {where} ORDER BY {orderBy} LIMIT {limit}",
            new DynamicParameters(sql.Parameters), transaction, cancellationToken: ct));
        return [.. rows.Cast<IDictionary<string, object?>>()];
    }

    public Task<long> CountAsync(DbConnection connection, EntityDefinition entity, string where, SqlFragment sql, CancellationToken ct) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT count(*) FROM {SchemaStore.Table(entity.Slug).Quoted} WHERE {where}", new DynamicParameters(sql.Parameters), cancellationToken: ct));

    public async Task<IDictionary<string, object?>?> FindAsync(DbConnection connection, DbTransaction? transaction, EntityDefinition entity, long id, CancellationToken ct) =>
        (IDictionary<string, object?>?)await connection.QuerySingleOrDefaultAsync(new CommandDefinition(
            $"SELECT * FROM {SchemaStore.Table(entity.Slug).Quoted} WHERE id = @id", new { id }, transaction, cancellationToken: ct));

    /// <summary>
    /// One row read inside a write. A workflow burst reads its record several times (to assign it, to render a
    /// title, to find its owner): the statement stays prepared on the writer, where parsing it anew cost more than
    /// the lookup.
    /// </summary>
    public Task<IDictionary<string, object?>?> FindAsync(WriteScope scope, EntityDefinition entity, long id, CancellationToken ct) =>
        scope.Prepared($"SELECT * FROM {SchemaStore.Table(entity.Slug).Quoted} WHERE id = @id").With("@id", id).ReadRowAsync(ct);

    public async Task<IReadOnlyList<IDictionary<string, object?>>> FindManyAsync(DbConnection connection, EntityDefinition entity, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var rows = await connection.QueryAsync(new CommandDefinition(
            $"SELECT * FROM {SchemaStore.Table(entity.Slug).Quoted} WHERE id IN @ids", new { ids }, cancellationToken: ct));
        return [.. rows.Cast<IDictionary<string, object?>>()];
    }

    public async Task<IReadOnlyList<IDictionary<string, object?>>> UsersAsync(DbConnection connection, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var rows = await connection.QueryAsync(new CommandDefinition(
            "SELECT id, name, email FROM sys_users WHERE id IN @ids", new { ids }, cancellationToken: ct));
        return [.. rows.Cast<IDictionary<string, object?>>()];
    }

    /// <summary>Inserts a record and returns its stored row.</summary>
    public async Task<IDictionary<string, object?>> InsertAsync(WriteScope scope, EntityDefinition entity, IReadOnlyDictionary<string, object?> values,
        long? createdBy, long? ownerId, DateTimeOffset at, CancellationToken ct)
    {
        var names = values.Keys.ToList();
        var columns = string.Concat(names.Select(n => ", " + SchemaStore.Column(n).Quoted));
        var placeholders = string.Concat(names.Select((_, i) => ", @v" + i));
        var command = scope.Prepared(
            $"INSERT INTO {SchemaStore.Table(entity.Slug).Quoted} (created_at, updated_at, created_by, owner_id{columns}) VALUES (@at, @at, @createdBy, @ownerId{placeholders}) RETURNING *")
            .With("at", Timestamps.Format(at)).With("createdBy", createdBy).With("ownerId", ownerId);
        for (var i = 0; i < names.Count; i++)
        {
            command.With("v" + i, values[names[i]]);
        }
        return (await command.ReadRowAsync(ct))!;
    }

    /// <summary>Writes changed values and bumps the version; <paramref name="ownerId"/> is set when given.</summary>
    public Task UpdateAsync(WriteScope scope, EntityDefinition entity, long id, IReadOnlyDictionary<string, object?> values,
        long? ownerId, DateTimeOffset at, CancellationToken ct)
    {
        var names = values.Keys.ToList();
        var parameters = new DynamicParameters(new { id, ownerId, at = Timestamps.Format(at) });
        for (var i = 0; i < names.Count; i++)
        {
            parameters.Add("v" + i, values[names[i]]);
        }
        var sets = string.Concat(names.Select((n, i) => $", {SchemaStore.Column(n).Quoted} = @v{i}"));
        var owner = ownerId is null ? "" : ", owner_id = @ownerId";
        return scope.Connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE {SchemaStore.Table(entity.Slug).Quoted} SET version = version + 1, updated_at = @at{owner}{sets} WHERE id = @id",
            parameters, scope.Transaction, cancellationToken: ct));
    }

    public Task SetDeletedAsync(WriteScope scope, EntityDefinition entity, long id, DateTimeOffset? deletedAt, DateTimeOffset at, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE {SchemaStore.Table(entity.Slug).Quoted} SET version = version + 1, updated_at = @at, deleted_at = @deleted WHERE id = @id",
            new { id, at = Timestamps.Format(at), deleted = deletedAt is null ? null : Timestamps.Format(deletedAt.Value) },
            scope.Transaction, cancellationToken: ct));

    /// <summary>Live records of <paramref name="entity"/> whose <paramref name="field"/> points at <paramref name="id"/>.</summary>
    public async Task<IReadOnlyList<long>> LinkingAsync(WriteScope scope, EntityDefinition entity, FieldDefinition field, long id, CancellationToken ct) =>
        [.. await scope.Connection.QueryAsync<long>(new CommandDefinition(
            $"SELECT id FROM {SchemaStore.Table(entity.Slug).Quoted} WHERE deleted_at IS NULL AND {SchemaStore.Column(field.Slug).Quoted} = @id",
            new { id }, scope.Transaction, cancellationToken: ct))];

    /// <summary>Whether a live record other than <paramref name="exceptId"/> holds this value.</summary>
    public Task<bool> ValueTakenAsync(WriteScope scope, EntityDefinition entity, string field, object value, long exceptId, CancellationToken ct) =>
        scope.Connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            $"SELECT EXISTS (SELECT 1 FROM {SchemaStore.Table(entity.Slug).Quoted} WHERE deleted_at IS NULL AND {SchemaStore.Column(field).Quoted} = @value AND id <> @exceptId)",
            new { value, exceptId }, scope.Transaction, cancellationToken: ct));

    public Task InsertAuditAsync(WriteScope scope, string entity, long recordId, DateTimeOffset at, long? userId, string action,
        IReadOnlyList<FieldChange> changes, CancellationToken ct) =>
        scope.Prepared("INSERT INTO sys_audit (entity, record_id, at, user_id, action, changes) VALUES (@entity, @recordId, @at, @userId, @action, @changes)")
            .With("entity", entity).With("recordId", recordId).With("at", Timestamps.Format(at)).With("userId", userId)
            .With("action", action).With("changes", Json.Serialize(changes))
            .ExecuteNonQueryAsync(ct);

    public async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(DbConnection connection, string entity, long recordId, CancellationToken ct)
    {
        var rows = await connection.QueryAsync<(long Id, string At, long? UserId, string? UserName, string Action, string Changes)>(new CommandDefinition(
            """
            SELECT a.id, a.at, a.user_id, u.name, a.action, a.changes
            FROM sys_audit a LEFT JOIN sys_users u ON u.id = a.user_id
            WHERE a.entity = @entity AND a.record_id = @recordId
            ORDER BY a.id DESC
            """, new { entity, recordId }, cancellationToken: ct));
        return [.. rows.Select(r => new HistoryEntry(r.Id, Timestamps.Parse(r.At), r.UserId, r.UserName, r.Action, Json.Deserialize<List<FieldChange>>(r.Changes)))];
    }
}
