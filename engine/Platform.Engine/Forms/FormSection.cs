namespace Platform.Engine.Forms;

/// <summary>A titled group of fields laid out in 1–3 columns.</summary>
public sealed record FormSection
{
    public string Id { get; init; } = "";

    public Dictionary<string, string>? Title { get; init; }

    public int Columns { get; init; } = 1;

    public List<string> Fields { get; init; } = [];
}
