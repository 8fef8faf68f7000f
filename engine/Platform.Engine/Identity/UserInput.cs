namespace Platform.Engine.Identity;

/// <summary>A new user, or the properties of a user to change (null members are left as they are).</summary>
public sealed record UserInput
{
    public string? Email { get; init; }

    public string? Name { get; init; }

    public string? Password { get; init; }

    public string? Role { get; init; }

    public string? Team { get; init; }

    public string? Region { get; init; }

    public string[]? Industries { get; init; }

    public int? Seniority { get; init; }

    public int? Capacity { get; init; }

    public bool? Active { get; init; }

    public string? Locale { get; init; }
}
