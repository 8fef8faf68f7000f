namespace Platform.Engine.Common;

public static partial class Texts
{
    /// <summary>Messages of scripts, rules and formulas.</summary>
    private static Dictionary<string, (string Zh, string En)> Scripting() => new(StringComparer.Ordinal)
    {
    };
}
