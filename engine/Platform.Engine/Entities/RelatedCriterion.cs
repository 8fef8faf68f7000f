using System.Text.Json.Nodes;

namespace Platform.Engine.Entities;

/// <summary>
/// "At least <see cref="Min"/> records of <see cref="Entity"/> link to this one through <see cref="Field"/>,
/// matching <see cref="Where"/>" — e.g. one activity of channel meeting.
/// </summary>
public sealed record RelatedCriterion
{
    public required string Entity { get; init; }

    /// <summary>The relation field of <see cref="Entity"/> that points at the record being moved.</summary>
    public required string Field { get; init; }

    /// <summary>Equality conditions on the related records, <c>{field: value}</c>.</summary>
    public JsonObject? Where { get; init; }

    public int Min { get; init; } = 1;

    public Dictionary<string, string>? Message { get; init; }
}
