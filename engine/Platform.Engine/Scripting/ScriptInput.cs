using System.Text.Json.Nodes;

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

    /// <summary>
    /// Functions a host adds by global name (a workflow's accessors, for instance). Only the names the source
    /// contains as a word are defined, each when the script first uses it: a strict script without <c>eval</c>
    /// can reach a global no other way than by writing its name. A name JavaScript itself defines (<c>Math</c>,
    /// <c>JSON</c>, <c>undefined</c>…) is never replaced; one of the names above (<c>record</c>, <c>log</c>…) is.
    /// </summary>
    public IReadOnlyDictionary<string, ScriptFunction>? Functions { get; init; }

    /// <summary>
    /// Values a host adds by global name, each asked for the first time the script uses the name; the same
    /// rules as <see cref="Functions"/>, which win over a global of the same name.
    /// </summary>
    public IReadOnlyDictionary<string, Func<JsonNode?>>? Globals { get; init; }

    /// <summary>
    /// Names among <see cref="Globals"/> whose values, as the script left them, are handed back in
    /// <see cref="ScriptRun.ReadBack"/> (only those the script used: the others are as the host gave them).
    /// </summary>
    public IReadOnlySet<string>? ReadBack { get; init; }
}
