namespace Platform.Engine.Workflows.Runtime;

/// <summary>A row of <c>sys_workflow_jobs</c>; JSON columns are kept as text until the job runs.</summary>
public sealed record WorkflowJob
{
    public long Id { get; init; }
    public string Kind { get; init; } = "";
    public string DueAt { get; init; } = "";
    public string? Key { get; init; }
    public string? InstanceId { get; init; }
    public string? BookmarkId { get; init; }
    public string? TriggerId { get; init; }
    public string? Name { get; init; }
    public string? Payload { get; init; }
    public string? Input { get; init; }
    public string? CorrelationId { get; init; }
    public long Attempts { get; init; }
}
