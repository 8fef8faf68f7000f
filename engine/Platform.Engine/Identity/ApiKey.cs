namespace Platform.Engine.Identity;

/// <summary>An integrator's key as listed: never the secret, which is shown once when created.</summary>
public sealed record ApiKey(long Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt);
