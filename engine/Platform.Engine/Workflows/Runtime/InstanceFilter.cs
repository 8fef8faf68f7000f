namespace Platform.Engine.Workflows.Runtime;

/// <summary>
/// Which instances a list shows. <see cref="Status"/> matches Elsa's status (Running, Finished) or sub-status
/// (Suspended, Faulted, …); newest first, <see cref="Before"/> pages back from an instant.
/// </summary>
public sealed record InstanceFilter(
    string? Status = null,
    string? DefinitionId = null,
    string? CorrelationId = null,
    string? Entity = null,
    long? RecordId = null,
    DateTimeOffset? Before = null,
    int Limit = 50);
