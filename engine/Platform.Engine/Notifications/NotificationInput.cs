namespace Platform.Engine.Notifications;

/// <summary>What to tell a user.</summary>
public sealed record NotificationInput(long UserId, string Title, string? Body = null, string? Link = null, string? Entity = null, long? RecordId = null);
