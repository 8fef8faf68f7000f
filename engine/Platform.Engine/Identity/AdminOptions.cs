namespace Platform.Engine.Identity;

/// <summary>The first admin, created when the database has no users.</summary>
public sealed class AdminOptions
{
    public const string Section = "Platform:Admin";

    public string Email { get; set; } = "admin@example.com";

    /// <summary>When empty, a random password is generated and printed once.</summary>
    public string? Password { get; set; }

    public string Name { get; set; } = "Admin";
}
