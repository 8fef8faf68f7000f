namespace Platform.Engine.Notifications.Outbox;

/// <summary>
/// Webhook signing secrets by name (<c>Platform:Webhooks:Secrets:&lt;name&gt;</c>), so that workflows name a
/// secret instead of holding it. The secret named <see cref="DefaultSecret"/> signs webhooks that name none.
/// </summary>
public sealed class WebhookOptions
{
    public const string Section = "Platform:Webhooks";

    public const string DefaultSecret = "default";

    public Dictionary<string, string> Secrets { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How long a receiver has to answer before the try counts as failed.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>Problems that must stop the server at start, empty when the options are usable.</summary>
    public IEnumerable<string> Problems()
    {
        if (TimeoutSeconds is < 1 or > 120)
        {
            yield return "Platform:Webhooks:TimeoutSeconds must be between 1 and 120.";
        }
        foreach (var (name, secret) in Secrets)
        {
            if (string.IsNullOrWhiteSpace(secret))
            {
                yield return $"Platform:Webhooks:Secrets:{name} is empty.";
            }
        }
    }
}
