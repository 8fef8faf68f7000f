using System.Text.Json;

namespace Platform.Engine.Records;

/// <summary>What a list request asks for; see docs/api.md for each member's syntax.</summary>
public sealed record RecordQuery
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public JsonElement? Filter { get; init; }

    /// <summary>Comma-separated field names, <c>-</c> for descending.</summary>
    public string? Sort { get; init; }

    public int? Limit { get; init; }

    public string? Cursor { get; init; }

    /// <summary>Full-text search.</summary>
    public string? Q { get; init; }

    public IReadOnlyList<string>? Fields { get; init; }

    public IReadOnlyList<string>? Expand { get; init; }

    public bool Count { get; init; }

    /// <summary>List the trash instead of live records.</summary>
    public bool Deleted { get; init; }

    public int EffectiveLimit => Math.Clamp(Limit ?? DefaultLimit, 1, MaxLimit);
}
