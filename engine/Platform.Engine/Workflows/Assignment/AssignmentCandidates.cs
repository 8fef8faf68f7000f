using System.Text.Json.Serialization;

namespace Platform.Engine.Workflows.Assignment;

/// <summary>
/// Who may be chosen: the listed users together with the members of <see cref="Team"/>. With neither, every
/// user is a candidate. Inactive users stay in the list of those considered but are never chosen.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AssignmentCandidates
{
    public IReadOnlyList<long> Users { get; init; } = [];

    public string? Team { get; init; }

    [JsonIgnore]
    public bool IsEveryone => Users.Count == 0 && string.IsNullOrWhiteSpace(Team);
}
