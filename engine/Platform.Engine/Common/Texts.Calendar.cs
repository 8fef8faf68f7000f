namespace Platform.Engine.Common;

public static partial class Texts
{
    /// <summary>Messages of the working calendar.</summary>
    private static Dictionary<string, (string Zh, string En)> Calendar() => new(StringComparer.Ordinal)
    {
    };
}
