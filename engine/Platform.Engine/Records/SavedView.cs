using System.Text.Json;

namespace Platform.Engine.Records;

/// <summary>A named filter, column set, sort and search of an entity's records.</summary>
public sealed record SavedView
{
    public string Id { get; init; } = "";

    public string Entity { get; init; } = "";

    public string Name { get; init; } = "";

    public JsonElement? Filter { get; init; }

    public List<string>? Columns { get; init; }

    public string? Sort { get; init; }

    public string? Q { get; init; }

    public long? CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
