namespace Platform.Engine.Entities;

/// <summary>One choice of a select or multi-select field; the value is stored, the label shown.</summary>
public sealed record FieldOption
{
    public required string Value { get; init; }

    public Dictionary<string, string> Label { get; init; } = [];

    public string? Color { get; init; }
}
