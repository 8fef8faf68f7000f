namespace Platform.Engine.Entities;

/// <summary>A change to an entity's own properties; null members are left as they are.</summary>
public sealed record EntityPatch(
    string? Slug = null,
    Dictionary<string, string>? Label = null,
    List<string>? FieldOrder = null,
    string? DisplayField = null);
