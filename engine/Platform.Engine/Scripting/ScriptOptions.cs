namespace Platform.Engine.Scripting;

/// <summary>
/// Limits every script runs under. Jint reads a limit of 0 as "no limit", so each one is checked to be
/// positive and bounded when the server starts rather than trusted.
/// </summary>
public sealed class ScriptOptions
{
    public const string Section = "Platform:Scripting";

    public int TimeoutMilliseconds { get; set; } = 250;

    public int MaxStatements { get; set; } = 100_000;

    public long MemoryBytes { get; set; } = 8 * 1024 * 1024;

    public int RecursionDepth { get; set; } = 64;

    /// <summary>Rows one <c>related()</c> call returns at most.</summary>
    public int RelatedRowCap { get; set; } = 100;

    /// <summary>Log lines kept per evaluation; later ones are dropped.</summary>
    public int MaxLogLines { get; set; } = 100;

    /// <summary>Parsed scripts kept in memory.</summary>
    public int CacheSize { get; set; } = 1_000;

    /// <summary>Problems that must stop the server at start, empty when the options are usable.</summary>
    public IEnumerable<string> Problems()
    {
        if (TimeoutMilliseconds is < 1 or > 60_000)
        {
            yield return "Platform:Scripting:TimeoutMilliseconds must be between 1 and 60000.";
        }
        if (MaxStatements is < 1 or > 100_000_000)
        {
            yield return "Platform:Scripting:MaxStatements must be between 1 and 100000000.";
        }
        if (MemoryBytes is < 64 * 1024 or > 1024L * 1024 * 1024)
        {
            yield return "Platform:Scripting:MemoryBytes must be between 65536 and 1073741824.";
        }
        if (RecursionDepth is < 1 or > 1_000)
        {
            yield return "Platform:Scripting:RecursionDepth must be between 1 and 1000.";
        }
        if (RelatedRowCap is < 1 or > 10_000)
        {
            yield return "Platform:Scripting:RelatedRowCap must be between 1 and 10000.";
        }
        if (MaxLogLines is < 0 or > 10_000)
        {
            yield return "Platform:Scripting:MaxLogLines must be between 0 and 10000.";
        }
        if (CacheSize is < 1 or > 100_000)
        {
            yield return "Platform:Scripting:CacheSize must be between 1 and 100000.";
        }
    }
}
