namespace Platform.Engine.Records.Rules;

/// <summary>
/// A script an entity runs on every write: a validation rule, a before- or after-save hook, or a scoring
/// rule. Rules of one kind run in <see cref="Position"/> order.
/// </summary>
public sealed record EntityRule
{
    public string Slug { get; init; } = "";

    /// <summary>validation, beforeSave, afterSave or score (<see cref="Scripting.ScriptKinds"/>).</summary>
    public string Kind { get; init; } = "";

    public Dictionary<string, string> Label { get; init; } = [];

    public string Script { get; init; } = "";

    /// <summary>Validation: the field its message belongs to. Score: the number field that receives the score.</summary>
    public string? Field { get; init; }

    /// <summary>Score: the field that receives the grade.</summary>
    public string? GradeField { get; init; }

    public bool Enabled { get; init; } = true;

    public int Position { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
