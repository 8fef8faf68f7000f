using System.Text.Json;

namespace Platform.Engine.Forms;

/// <summary>
/// "When the record matches <see cref="When"/> (a JSON Schema condition), <see cref="Effect"/> the
/// <see cref="Field"/>", in the style of JSON Forms rules.
/// </summary>
public sealed record FormRule
{
    public JsonElement When { get; init; }

    public string Effect { get; init; } = "";

    public string Field { get; init; } = "";
}
