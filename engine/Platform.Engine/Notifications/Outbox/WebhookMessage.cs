namespace Platform.Engine.Notifications.Outbox;

/// <summary>
/// A signed POST of <see cref="Body"/> (JSON text, sent byte for byte as stored, so the signature covers exactly
/// what the receiver reads). It is signed with the configured secret <see cref="SecretName"/>, or with the
/// inline <see cref="Secret"/>; with neither, with the configured secret named <c>default</c>.
/// </summary>
public sealed record WebhookMessage(
    string Url,
    string Event,
    string Body,
    string? SecretName = null,
    string? Secret = null);
