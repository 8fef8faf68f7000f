using System.Text.Json.Nodes;
using Platform.Engine.Scripting;

namespace Platform.Engine.Records.Rules;

/// <summary>What a tried-out script did: its result or error, what it logged, how long it took, and for hooks the record or events.</summary>
public sealed record ScriptTestResult(
    bool Ok, JsonNode? Result, IReadOnlyList<string> Logs, double DurationMs, ScriptError? Error,
    JsonObject? Record = null, IReadOnlyList<ScriptSignal>? Emitted = null);
