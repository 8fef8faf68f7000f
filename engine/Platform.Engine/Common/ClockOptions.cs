namespace Platform.Engine.Common;

/// <summary>The <c>Platform:Clock</c> settings: <see cref="Mode"/> <c>Simulated</c> makes time move only when asked.</summary>
public sealed class ClockOptions
{
    public const string Section = "Platform:Clock";
    public const string Simulated = "Simulated";

    public string? Mode { get; set; }

    /// <summary>Where a simulated clock starts; the real time at start-up when not set.</summary>
    public DateTimeOffset? Start { get; set; }

    public bool IsSimulated => string.Equals(Mode, Simulated, StringComparison.OrdinalIgnoreCase);
}
