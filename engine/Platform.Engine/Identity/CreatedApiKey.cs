namespace Platform.Engine.Identity;

/// <summary>A new key with its secret; only its hash is stored.</summary>
public sealed record CreatedApiKey(long Id, string Name, string Prefix, DateTimeOffset CreatedAt, string Key);
