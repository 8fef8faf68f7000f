namespace Platform.Engine.Notifications.Outbox;

/// <summary>
/// Where a message stands: <c>pending</c> (not tried yet, or waiting for e-mail to be configured),
/// <c>failed</c> (tried, failed, another try scheduled), <c>sent</c>, or <c>dead</c> (every try failed).
/// </summary>
public static class OutboxStatuses
{
    public const string Pending = "pending";

    public const string Sent = "sent";

    public const string Failed = "failed";

    public const string Dead = "dead";

    public static readonly IReadOnlyList<string> All = [Pending, Sent, Failed, Dead];
}
