namespace Platform.Engine.Workflows;

/// <summary>A definition in the list: its latest (draft) version and the published one, if any.</summary>
public sealed record WorkflowSummary(string DefinitionId, string? Name, int LatestVersion, int? PublishedVersion, DateTimeOffset UpdatedAt);
