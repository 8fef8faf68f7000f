namespace Platform.Engine.Notifications.Outbox;

/// <summary>What an outbox row carries.</summary>
public static class OutboxKinds
{
    public const string Email = "email";

    public const string Webhook = "webhook";
}
