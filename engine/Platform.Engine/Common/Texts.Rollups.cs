namespace Platform.Engine.Common;

public static partial class Texts
{
    /// <summary>Messages of rollup fields: counts, sums, minimums and maximums of related records.</summary>
    private static Dictionary<string, (string Zh, string En)> Rollups() => new(StringComparer.Ordinal)
    {
        ["rollup.required"] = ("汇总字段需要设置汇总方式。", "A rollup field needs its rollup settings."),
    };
}
