namespace Platform.Engine.Notifications.Outbox;

/// <summary>A try to send failed for a reason the sender could name (a refusal, a missing secret).</summary>
public sealed class OutboxSendException(string message) : Exception(message);
