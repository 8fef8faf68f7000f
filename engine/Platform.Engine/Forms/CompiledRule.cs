using NJsonSchema;

namespace Platform.Engine.Forms;

/// <summary>A rule with its condition parsed.</summary>
internal sealed record CompiledRule(JsonSchema When, string Effect, string Field);
