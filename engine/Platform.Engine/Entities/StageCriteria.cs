namespace Platform.Engine.Entities;

/// <summary>A gate: fields that must be filled, a script that must return true, and records that must be linked.</summary>
public sealed record StageCriteria
{
    public List<string> RequiredFields { get; init; } = [];

    /// <summary>A JavaScript condition over <c>record</c> (the sandbox); it must return true.</summary>
    public string? Condition { get; init; }

    /// <summary>Shown when the condition does not hold.</summary>
    public Dictionary<string, string>? ConditionMessage { get; init; }

    public List<RelatedCriterion> Related { get; init; } = [];
}
