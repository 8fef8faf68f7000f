using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Notifications.Outbox;

/// <summary>
/// The <c>sys_outbox</c> table. A row is due while its status is pending or failed and its next attempt has come;
/// e-mail rows are left out of what is due while no SMTP host is configured.
/// </summary>
public sealed class OutboxStore(Database database)
{
    private const string Columns = """
        id AS Id, kind AS Kind, idempotency_key AS IdempotencyKey, payload AS Payload, status AS Status, attempts AS Attempts,
        next_attempt_at AS NextAttemptAt, last_error AS LastError, source AS Source, created_at AS CreatedAt, sent_at AS SentAt
        """;

    /// <summary>Adds the row; null when a row with the same idempotency key exists (the new one is dropped).</summary>
    internal Task<long?> InsertAsync(WriteScope scope, OutboxMessage message, DateTimeOffset at, CancellationToken ct) =>
        scope.Connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            """
            INSERT INTO sys_outbox (kind, idempotency_key, payload, status, next_attempt_at, source, created_at, updated_at)
            VALUES (@Kind, @IdempotencyKey, @payload, 'pending', @at, @Source, @at, @at)
            ON CONFLICT (idempotency_key) DO NOTHING RETURNING id
            """,
            new { message.Kind, message.IdempotencyKey, message.Source, payload = OutboxPayload.Write(message), at = Timestamps.Format(at) },
            scope.Transaction, cancellationToken: ct));

    internal async Task<OutboxRow?> FindByKeyAsync(WriteScope scope, string idempotencyKey, CancellationToken ct) =>
        await scope.Connection.QuerySingleOrDefaultAsync<OutboxRow>(new CommandDefinition(
            $"SELECT {Columns} FROM sys_outbox WHERE idempotency_key = @idempotencyKey", new { idempotencyKey }, scope.Transaction, cancellationToken: ct));

    internal async Task<OutboxRow?> FindAsync(WriteScope scope, long id, CancellationToken ct) =>
        await scope.Connection.QuerySingleOrDefaultAsync<OutboxRow>(new CommandDefinition(
            $"SELECT {Columns} FROM sys_outbox WHERE id = @id", new { id }, scope.Transaction, cancellationToken: ct));

    /// <summary>Newest first; all statuses when <paramref name="status"/> is null.</summary>
    internal Task<IReadOnlyList<OutboxRow>> ListAsync(string? status, int limit, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<OutboxRow>>(async c => [.. await c.QueryAsync<OutboxRow>(new CommandDefinition(
            $"SELECT {Columns} FROM sys_outbox WHERE @status IS NULL OR status = @status ORDER BY id DESC LIMIT @limit",
            new { status, limit }, cancellationToken: ct))], ct);

    /// <summary>Rows due at <paramref name="now"/>, oldest due first.</summary>
    internal Task<IReadOnlyList<OutboxRow>> DueAsync(DateTimeOffset now, bool withEmail, int limit, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<OutboxRow>>(async c => [.. await c.QueryAsync<OutboxRow>(new CommandDefinition(
            $"""
            SELECT {Columns} FROM sys_outbox
            WHERE status IN ('pending', 'failed') AND next_attempt_at <= @now AND (@withEmail OR kind <> 'email')
            ORDER BY next_attempt_at, id LIMIT @limit
            """,
            new { now = Timestamps.Format(now), withEmail, limit }, cancellationToken: ct))], ct);

    internal Task<DateTimeOffset?> NextDueAsync(bool withEmail, CancellationToken ct) =>
        database.ReadAsync(async c => await c.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT min(next_attempt_at) FROM sys_outbox WHERE status IN ('pending', 'failed') AND (@withEmail OR kind <> 'email')",
            new { withEmail }, cancellationToken: ct)) is { } at ? Timestamps.Parse(at) : (DateTimeOffset?)null, ct);

    internal Task MarkSentAsync(WriteScope scope, long id, DateTimeOffset at, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE sys_outbox SET status = 'sent', attempts = attempts + 1, next_attempt_at = NULL, sent_at = @at, updated_at = @at
            WHERE id = @id
            """,
            new { id, at = Timestamps.Format(at) }, scope.Transaction, cancellationToken: ct));

    /// <summary>Counts a failed try: another is scheduled at <paramref name="nextAt"/>, or with none the row is dead.</summary>
    internal Task MarkFailedAsync(WriteScope scope, long id, string error, DateTimeOffset? nextAt, DateTimeOffset at, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE sys_outbox SET status = @status, attempts = attempts + 1, next_attempt_at = @nextAt, last_error = @error, updated_at = @at
            WHERE id = @id AND status IN ('pending', 'failed')
            """,
            new
            {
                id, error, status = nextAt is null ? OutboxStatuses.Dead : OutboxStatuses.Failed,
                nextAt = nextAt is { } next ? Timestamps.Format(next) : null, at = Timestamps.Format(at),
            }, scope.Transaction, cancellationToken: ct));

    /// <summary>Says on waiting e-mails why they wait, without counting a try.</summary>
    internal Task<int> NoteWaitingEmailsAsync(WriteScope scope, string reason, DateTimeOffset at, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE sys_outbox SET last_error = @reason, updated_at = @at
            WHERE kind = 'email' AND status = 'pending' AND last_error IS NULL
            """,
            new { reason, at = Timestamps.Format(at) }, scope.Transaction, cancellationToken: ct));

    /// <summary>Makes an unsent row due now with a fresh round of tries.</summary>
    internal Task RetryAsync(WriteScope scope, long id, DateTimeOffset at, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sys_outbox SET status = 'pending', attempts = 0, next_attempt_at = @at, updated_at = @at WHERE id = @id AND status <> 'sent'",
            new { id, at = Timestamps.Format(at) }, scope.Transaction, cancellationToken: ct));
}
