namespace Platform.Engine.Scripting;

/// <summary>Where a script runs; each place gives it a different job and a different result shape.</summary>
public static class ScriptKinds
{
    public const string Formula = "formula";
    public const string Validation = "validation";
    public const string BeforeSave = "beforeSave";
    public const string AfterSave = "afterSave";
    public const string Score = "score";

    /// <summary>The kinds an entity rule may have (formulas belong to fields).</summary>
    public static readonly string[] Rules = [Validation, BeforeSave, AfterSave, Score];

    public static readonly string[] All = [Formula, .. Rules];
}
