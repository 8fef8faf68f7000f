namespace Platform.Engine.Entities;

public static class StageCategories
{
    public const string Open = "open";
    public const string Won = "won";
    public const string Lost = "lost";

    public static readonly string[] All = [Open, Won, Lost];
}
