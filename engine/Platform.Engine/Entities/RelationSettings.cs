namespace Platform.Engine.Entities;

/// <summary>A lookup to another entity and what happens to linking records when the target is deleted.</summary>
public sealed record RelationSettings
{
    public required string Entity { get; init; }

    /// <summary><c>restrict</c> (default), <c>set_null</c> or <c>cascade</c>.</summary>
    public string OnDelete { get; init; } = OnDeleteBehaviours.Restrict;
}
