using Platform.Engine.Common;

namespace Platform.Engine.Notifications.Outbox;

/// <summary>The <c>payload</c> column: the e-mail or the webhook of a message as JSON.</summary>
internal static class OutboxPayload
{
    public static string Write(OutboxMessage message) => message.Kind switch
    {
        OutboxKinds.Email => Json.Serialize(message.Email),
        OutboxKinds.Webhook => Json.Serialize(message.Webhook),
        _ => throw new InvalidOperationException($"Unknown outbox kind {message.Kind}."),
    };

    public static OutboxMessage Read(string kind, string idempotencyKey, string? source, string payload) => kind switch
    {
        OutboxKinds.Email => OutboxMessage.ForEmail(idempotencyKey, Json.Deserialize<EmailMessage>(payload), source),
        OutboxKinds.Webhook => OutboxMessage.ForWebhook(idempotencyKey, Json.Deserialize<WebhookMessage>(payload), source),
        _ => throw new InvalidOperationException($"Unknown outbox kind {kind}."),
    };
}
