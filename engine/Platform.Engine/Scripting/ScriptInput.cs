namespace Platform.Engine.Scripting;

/// <summary>
/// What a script sees. Values are JSON-shaped (strings, numbers, booleans, lists, dictionaries); the
/// sandbox copies them into the script's own objects, so nothing a script does reaches back here.
/// </summary>
public sealed record ScriptInput
{
    public IReadOnlyDictionary<string, object?> Record { get; init; } = new Dictionary<string, object?>();

    /// <summary>The record before an update; null on create.</summary>
    public IReadOnlyDictionary<string, object?>? Previous { get; init; }

    /// <summary>The acting user's public attributes.</summary>
    public IReadOnlyDictionary<string, object?>? User { get; init; }

    public WorkingCalendar? Calendar { get; init; }

    /// <summary>Reads other records for <c>related()</c>; without it the function is not defined.</summary>
    public IScriptRelated? Related { get; init; }

    /// <summary>Whether <c>emit()</c> is defined (after-save scripts).</summary>
    public bool CanEmit { get; init; }

    /// <summary>Whether the run hands back <c>record</c> as the script left it (before-save hooks).</summary>
    public bool ReturnsRecord { get; init; }
}
