using NJsonSchema;

namespace Platform.Engine.Forms;

/// <summary>A rule with its condition parsed, and the fields the condition reads.</summary>
internal sealed record CompiledRule(JsonSchema When, string Effect, string Field, IReadOnlyList<string> Reads);
