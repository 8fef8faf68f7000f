namespace Platform.Engine.Notifications;

/// <summary>A message to one user, optionally about a record and with a link to open.</summary>
public sealed record UserNotification(
    long Id,
    long UserId,
    string Title,
    string? Body,
    string? Link,
    string? Entity,
    long? RecordId,
    DateTimeOffset? ReadAt,
    DateTimeOffset CreatedAt);
