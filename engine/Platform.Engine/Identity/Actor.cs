namespace Platform.Engine.Identity;

/// <summary>Who is acting: recorded as creator, owner and in the audit log.</summary>
public sealed record Actor(long UserId, string Role)
{
    public bool IsAdmin => Role == Roles.Admin;

    /// <summary>Work the platform does on its own behalf (migrations, templates, workflows).</summary>
    public static Actor System { get; } = new(0, Roles.Admin);
}
