namespace Platform.Engine.Common;

/// <summary>Bound from the <c>Platform</c> section: <c>Platform:TimeZone</c>.</summary>
public sealed class RegionalOptions
{
    public const string Section = "Platform";

    /// <summary>An IANA or Windows zone id such as <c>Asia/Shanghai</c>; empty means the machine's zone.</summary>
    public string? TimeZone { get; set; }

    public bool IsValid() => string.IsNullOrEmpty(TimeZone) || TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _);
}
