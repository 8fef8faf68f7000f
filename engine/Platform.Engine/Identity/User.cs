namespace Platform.Engine.Identity;

/// <summary>A person who signs in. The attributes beyond role are what lead assignment matches on.</summary>
public sealed record User
{
    public long Id { get; init; }

    public required string Email { get; init; }

    public required string Name { get; init; }

    public string Role { get; init; } = Roles.Member;

    public string? Team { get; init; }

    public string? Region { get; init; }

    public string[] Industries { get; init; } = [];

    public int Seniority { get; init; }

    /// <summary>How many open records this person can carry; null means no limit.</summary>
    public int? Capacity { get; init; }

    public bool Active { get; init; } = true;

    public string? Locale { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
