namespace Platform.Engine.Records.Transfers;

/// <summary>
/// <c>dryRun</c> checks every row as the real run would and writes no record; <c>commit</c> writes them
/// in the background.
/// </summary>
public static class ImportModes
{
    public const string DryRun = "dryRun";
    public const string Commit = "commit";
}
