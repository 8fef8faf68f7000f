namespace Platform.Engine.Entities;

/// <summary>The aggregates a rollup field can take.</summary>
public static class RollupFunctions
{
    public const string Count = "count";
    public const string Sum = "sum";
    public const string Min = "min";
    public const string Max = "max";

    public static readonly string[] All = [Count, Sum, Min, Max];
}
