namespace Platform.Engine.Entities;

/// <summary>A user-defined entity: a real table with one column per field.</summary>
public sealed record EntityDefinition
{
    public required string Slug { get; init; }

    public Dictionary<string, string> Label { get; init; } = [];

    /// <summary>The field that names a record in lists and lookups; the first text field when unset.</summary>
    public string? DisplayField { get; init; }

    public List<FieldDefinition> Fields { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public FieldDefinition? Field(string slug) => Fields.Find(f => f.Slug == slug);

    [System.Text.Json.Serialization.JsonIgnore]
    public string? EffectiveDisplayField =>
        DisplayField ?? Fields.Find(f => f.Type == FieldTypeNames.Text)?.Slug;
}
