namespace Platform.Engine.Common;

public static partial class Texts
{
    /// <summary>Messages of import and export.</summary>
    private static Dictionary<string, (string Zh, string En)> Transfers() => new(StringComparer.Ordinal)
    {
    };
}
