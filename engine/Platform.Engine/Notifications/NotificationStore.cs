using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Notifications;

/// <summary>The <c>sys_notifications</c> table.</summary>
public sealed class NotificationStore(Database database)
{
    public Task<IReadOnlyList<UserNotification>> ListAsync(long userId, int limit, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<UserNotification>>(async c =>
            [.. (await c.QueryAsync<Row>(new CommandDefinition(
                """
                SELECT id AS Id, user_id AS UserId, title AS Title, body AS Body, link AS Link, entity AS Entity,
                       record_id AS RecordId, read_at AS ReadAt, created_at AS CreatedAt
                FROM sys_notifications WHERE user_id = @userId ORDER BY id DESC LIMIT @limit
                """, new { userId, limit }, cancellationToken: ct))).Select(r => r.ToNotification())], ct);

    public Task<long> UnreadAsync(long userId, CancellationToken ct) =>
        database.ReadAsync(c => c.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM sys_notifications WHERE user_id = @userId AND read_at IS NULL", new { userId }, cancellationToken: ct)), ct);

    /// <summary>Kept prepared on the writer: workflow steps notify in nearly every run.</summary>
    public Task<long> InsertAsync(WriteScope scope, NotificationInput input, DateTimeOffset at, CancellationToken ct) =>
        scope.Prepared("""
            INSERT INTO sys_notifications (user_id, title, body, link, entity, record_id, created_at)
            VALUES (@user, @title, @body, @link, @entity, @record, @at) RETURNING id
            """).RunForLongAsync(ct, ("@user", input.UserId), ("@title", input.Title), ("@body", input.Body), ("@link", input.Link),
            ("@entity", input.Entity), ("@record", input.RecordId), ("@at", Timestamps.Format(at)));

    /// <summary>Marks one of the user's notifications read; null when the user has no such notification.</summary>
    public async Task<bool?> MarkReadAsync(WriteScope scope, long userId, long id, DateTimeOffset at, CancellationToken ct)
    {
        var exists = await scope.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM sys_notifications WHERE id = @id AND user_id = @userId", new { id, userId }, scope.Transaction, cancellationToken: ct));
        if (exists == 0)
        {
            return null;
        }
        return await scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sys_notifications SET read_at = @at WHERE id = @id AND read_at IS NULL",
            new { id, at = Timestamps.Format(at) }, scope.Transaction, cancellationToken: ct)) > 0;
    }

    public Task<int> MarkAllReadAsync(WriteScope scope, long userId, DateTimeOffset at, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sys_notifications SET read_at = @at WHERE user_id = @userId AND read_at IS NULL",
            new { userId, at = Timestamps.Format(at) }, scope.Transaction, cancellationToken: ct));

    private sealed record Row
    {
        public long Id { get; init; }
        public long UserId { get; init; }
        public string Title { get; init; } = "";
        public string? Body { get; init; }
        public string? Link { get; init; }
        public string? Entity { get; init; }
        public long? RecordId { get; init; }
        public string? ReadAt { get; init; }
        public string CreatedAt { get; init; } = "";

        public UserNotification ToNotification() => new(
            Id, UserId, Title, Body, Link, Entity, RecordId,
            ReadAt is null ? null : Timestamps.Parse(ReadAt), Timestamps.Parse(CreatedAt));
    }
}
