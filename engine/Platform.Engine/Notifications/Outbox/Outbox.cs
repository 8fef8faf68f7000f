using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Notifications.Outbox;

/// <summary>
/// Queues e-mails and webhooks inside a caller's write, so a message leaves only if that write commits, and
/// lets an admin see and retry what did not go out. Sending is the <see cref="OutboxDispatcher"/>'s job.
/// </summary>
public sealed class Outbox(Database database, OutboxStore store, OutboxMessageRules rules, OutboxDispatcher dispatcher, TimeProvider clock)
{
    public const int MaxList = 500;

    /// <summary>
    /// Adds <paramref name="message"/> to the outbox in <paramref name="scope"/>. A message whose idempotency key
    /// is already there is not added again: the existing entry is returned, whatever its state.
    /// </summary>
    public async Task<Result<OutboxEntry>> EnqueueInScopeAsync(WriteScope scope, OutboxMessage message, CancellationToken ct)
    {
        if (rules.Check(message) is { } invalid)
        {
            return invalid;
        }
        var id = await store.InsertAsync(scope, message, clock.GetUtcNow(), ct);
        if (id is not null)
        {
            scope.AfterCommit(dispatcher.Wake);
        }
        var row = await store.FindByKeyAsync(scope, message.IdempotencyKey, ct);
        return row!.ToEntry();
    }

    /// <summary>Newest first, at most <paramref name="limit"/>; every status when <paramref name="status"/> is null.</summary>
    public async Task<Result<IReadOnlyList<OutboxEntry>>> ListAsync(string? status, int limit, CancellationToken ct)
    {
        if (status is not null && !OutboxStatuses.All.Contains(status))
        {
            return ValidationFailure.For("status", Texts.Get("outbox.status"));
        }
        if (limit is < 1 or > MaxList)
        {
            return ValidationFailure.For("limit", Texts.Get("outbox.limit", MaxList));
        }
        var rows = await store.ListAsync(status, limit, ct);
        return Result<IReadOnlyList<OutboxEntry>>.Ok([.. rows.Select(r => r.ToEntry())]);
    }

    /// <summary>Sends an unsent message again now, with a fresh round of tries; a sent one is a conflict.</summary>
    public Task<Result<OutboxEntry>> RetryAsync(long id, CancellationToken ct) =>
        database.WriteAsync<OutboxEntry>(async scope =>
        {
            var row = await store.FindAsync(scope, id, ct);
            if (row is null)
            {
                return new NotFoundFailure(Texts.Get("outbox.notFound", id));
            }
            if (row.Status == OutboxStatuses.Sent)
            {
                return new ConflictFailure(Texts.Get("outbox.alreadySent", id));
            }
            await store.RetryAsync(scope, id, clock.GetUtcNow(), ct);
            scope.AfterCommit(dispatcher.Wake);
            return (await store.FindAsync(scope, id, ct))!.ToEntry();
        }, ct);
}
