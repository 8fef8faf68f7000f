using System.Text.Json.Serialization;

namespace Platform.Engine.Workflows.Assignment;

/// <summary>
/// What the ruleMatch strategy matches on the users' attributes. Region and industry are given as a value or
/// as the slug of a record field holding it; an empty value means the rule does not apply to this record.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AssignmentRules
{
    /// <summary>Candidates in this region come first; with <see cref="RequireRegion"/> only they are chosen.</summary>
    public string? Region { get; init; }

    public string? RegionField { get; init; }

    public bool RequireRegion { get; init; }

    /// <summary>Only candidates with this industry among their industries of expertise are chosen.</summary>
    public string? Industry { get; init; }

    public string? IndustryField { get; init; }

    /// <summary>Only candidates at least this senior are chosen.</summary>
    public int? MinSeniority { get; init; }
}
