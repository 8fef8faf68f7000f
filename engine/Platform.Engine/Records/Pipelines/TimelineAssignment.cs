namespace Platform.Engine.Records.Pipelines;

/// <summary>An owner assignment as the timeline shows it: who became owner (none when nobody could), how and why.</summary>
public sealed record TimelineAssignment(long? OwnerId, string? OwnerName, string Strategy, bool ByDefault, IReadOnlyDictionary<string, string> Reason);
