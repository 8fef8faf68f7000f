namespace Platform.Engine.Notifications.Outbox;

/// <summary>
/// One outbox row as an admin sees it. <see cref="LastError"/> is the technical reason of the last failed try,
/// as the mail server or the receiver gave it. An inline webhook secret is never shown.
/// </summary>
public sealed record OutboxEntry(
    long Id,
    string Kind,
    string IdempotencyKey,
    string Status,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    string? LastError,
    string? Source,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    EmailMessage? Email,
    WebhookMessage? Webhook);
