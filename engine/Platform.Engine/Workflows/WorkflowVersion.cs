namespace Platform.Engine.Workflows;

/// <summary>One stored version of a definition; <see cref="Json"/> is the document as it was saved.</summary>
public sealed record WorkflowVersion(
    string Id,
    string DefinitionId,
    int Version,
    bool IsLatest,
    bool IsPublished,
    string? Name,
    string Json,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
