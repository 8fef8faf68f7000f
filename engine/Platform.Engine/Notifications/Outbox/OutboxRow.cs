using Platform.Engine.Common;

namespace Platform.Engine.Notifications.Outbox;

/// <summary>A <c>sys_outbox</c> row as read; the payload is still the stored JSON text.</summary>
internal sealed record OutboxRow
{
    public long Id { get; init; }
    public string Kind { get; init; } = "";
    public string IdempotencyKey { get; init; } = "";
    public string Payload { get; init; } = "";
    public string Status { get; init; } = "";
    public long Attempts { get; init; }
    public string? NextAttemptAt { get; init; }
    public string? LastError { get; init; }
    public string? Source { get; init; }
    public string CreatedAt { get; init; } = "";
    public string? SentAt { get; init; }

    public OutboxMessage ToMessage() => OutboxPayload.Read(Kind, IdempotencyKey, Source, Payload);

    /// <summary>The admin's view: an inline webhook secret is left out.</summary>
    public OutboxEntry ToEntry()
    {
        var message = ToMessage();
        return new OutboxEntry(
            Id, Kind, IdempotencyKey, Status, (int)Attempts, NextAttemptAt is null ? null : Timestamps.Parse(NextAttemptAt), LastError, Source,
            Timestamps.Parse(CreatedAt), SentAt is null ? null : Timestamps.Parse(SentAt),
            message.Email, message.Webhook is { } webhook ? webhook with { Secret = null } : null);
    }
}
