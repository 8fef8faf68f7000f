namespace Platform.Engine.Notifications;

/// <summary>A user's newest notifications and how many of all their notifications are unread.</summary>
public sealed record NotificationList(IReadOnlyList<UserNotification> Items, long Unread);
