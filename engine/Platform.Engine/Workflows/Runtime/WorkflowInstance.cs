namespace Platform.Engine.Workflows.Runtime;

/// <summary>
/// One run of a workflow version, as lists and the API show it. <see cref="Status"/> and <see cref="SubStatus"/>
/// use Elsa's names; <see cref="Entity"/>/<see cref="RecordId"/> name the record the run is about, when a record started it.
/// </summary>
public sealed record WorkflowInstance(
    string Id,
    string DefinitionId,
    string DefinitionVersionId,
    int Version,
    string Status,
    string SubStatus,
    string? CorrelationId,
    string? Name,
    int IncidentCount,
    string? Entity,
    long? RecordId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt);
