using System.Text.Json.Nodes;

namespace Platform.Engine.Scripting;

/// <summary>The outcome of one evaluation: its result or its error, with what it logged and how long it took.</summary>
public sealed record ScriptRun(
    JsonNode? Result, ScriptError? Error, IReadOnlyList<string> Logs, TimeSpan Duration,
    JsonObject? Record = null, IReadOnlyList<ScriptSignal>? Emitted = null)
{
    public bool Ok => Error is null;
}
