using Platform.Engine.Identity;

namespace Platform.Engine.Workflows.Assignment;

/// <summary>Which record gets an owner, and how the owner is chosen.</summary>
public sealed record AssignmentRequest
{
    public required string Entity { get; init; }

    public required long RecordId { get; init; }

    /// <summary>One of <see cref="AssignmentStrategies"/>.</summary>
    public string Strategy { get; init; } = AssignmentStrategies.RoundRobin;

    /// <summary>Null: every user.</summary>
    public AssignmentCandidates? Candidates { get; init; }

    /// <summary>Only for <see cref="AssignmentStrategies.RuleMatch"/>.</summary>
    public AssignmentRules? Rules { get; init; }

    /// <summary>Skip candidates who already own as many open records of the entity as their capacity allows.</summary>
    public bool RespectCapacity { get; init; } = true;

    /// <summary>Who gets the record when no candidate is available (the nurture pool's owner, say).</summary>
    public long? DefaultOwnerId { get; init; }

    /// <summary>Names the round-robin turn order; by default one per strategy and candidate set within the entity.</summary>
    public string? CursorKey { get; init; }

    /// <summary>Who the owner change is recorded as in the audit log.</summary>
    public Actor Actor { get; init; } = Actor.System;

    /// <summary>The workflow instance that asked, kept with the assignment.</summary>
    public string? WorkflowInstanceId { get; init; }
}
