using System.Text.Json.Nodes;

namespace Platform.Engine.Scripting;

/// <summary>An event an after-save script emitted with <c>emit(name, data)</c>.</summary>
public sealed record ScriptSignal(string Name, JsonNode? Data);
