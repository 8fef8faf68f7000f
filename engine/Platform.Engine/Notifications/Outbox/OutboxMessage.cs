namespace Platform.Engine.Notifications.Outbox;

/// <summary>
/// A message to send after the write that queues it commits. <see cref="IdempotencyKey"/> names it: a second
/// message with the same key is the same message. <see cref="Source"/> says what queued it (<c>workflow:&lt;instance&gt;</c>).
/// Exactly one of <see cref="Email"/> and <see cref="Webhook"/> is set, as <see cref="Kind"/> says.
/// </summary>
public sealed record OutboxMessage
{
    private OutboxMessage(string kind, string idempotencyKey, string? source)
    {
        Kind = kind;
        IdempotencyKey = idempotencyKey;
        Source = source;
    }

    public string Kind { get; }

    public string IdempotencyKey { get; }

    public string? Source { get; }

    public EmailMessage? Email { get; private init; }

    public WebhookMessage? Webhook { get; private init; }

    public static OutboxMessage ForEmail(string idempotencyKey, EmailMessage email, string? source = null) =>
        new(OutboxKinds.Email, idempotencyKey, source) { Email = email };

    public static OutboxMessage ForWebhook(string idempotencyKey, WebhookMessage webhook, string? source = null) =>
        new(OutboxKinds.Webhook, idempotencyKey, source) { Webhook = webhook };
}
