using System.Text.Json;

namespace Platform.Engine.Forms;

/// <summary>
/// A field a public form fills from the page's URL: <c>?utm_source=baidu</c> with <see cref="Map"/>
/// <c>{"baidu": "sem"}</c> stores <c>sem</c>; without the parameter, <see cref="Default"/>.
/// </summary>
public sealed record HiddenField
{
    public string Field { get; init; } = "";

    public string Param { get; init; } = "";

    public Dictionary<string, string>? Map { get; init; }

    public JsonElement? Default { get; init; }
}
