namespace Platform.Engine.Common;

public static partial class Texts
{
    /// <summary>Messages of forms, rules and public forms.</summary>
    private static Dictionary<string, (string Zh, string En)> Forms() => new(StringComparer.Ordinal)
    {
    };
}
