namespace Platform.Engine.Workflows.Assignment;

/// <summary>One assignment in a record's history: who became owner, how, why, and who or what asked.</summary>
public sealed record AssignmentEntry
{
    public long Id { get; init; }

    public required string Entity { get; init; }

    public long RecordId { get; init; }

    public long? UserId { get; init; }

    public string? UserName { get; init; }

    public required string Strategy { get; init; }

    public bool ByDefault { get; init; }

    /// <summary>The reason by language (zh-CN, en).</summary>
    public required IReadOnlyDictionary<string, string> Reason { get; init; }

    public IReadOnlyList<long> Candidates { get; init; } = [];

    public DateTimeOffset At { get; init; }

    /// <summary>The person who asked; null when the platform did (a workflow).</summary>
    public long? ByUserId { get; init; }

    public string? ByUserName { get; init; }

    public string? WorkflowInstanceId { get; init; }
}
