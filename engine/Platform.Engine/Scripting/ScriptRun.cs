using System.Text.Json.Nodes;

namespace Platform.Engine.Scripting;

/// <summary>
/// The outcome of one evaluation: its result or its error, with what it logged and how long it took.
/// <see cref="ReadBack"/> holds the final values of the <see cref="ScriptInput.ReadBack"/> globals the script used.
/// </summary>
public sealed record ScriptRun(
    JsonNode? Result, ScriptError? Error, IReadOnlyList<string> Logs, TimeSpan Duration,
    JsonObject? Record = null, IReadOnlyList<ScriptSignal>? Emitted = null,
    IReadOnlyDictionary<string, JsonNode?>? ReadBack = null)
{
    public bool Ok => Error is null;
}
