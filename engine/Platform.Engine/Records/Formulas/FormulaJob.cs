namespace Platform.Engine.Records.Formulas;

/// <summary>
/// A recomputation of one formula field over every record, in batches; <see cref="LastId"/> is the
/// checkpoint a resumed run continues from.
/// </summary>
public sealed record FormulaJob
{
    public string Id { get; init; } = "";

    public string Entity { get; init; } = "";

    public string Field { get; init; } = "";

    /// <summary>queued, running, completed, failed or cancelled.</summary>
    public string Status { get; init; } = "";

    public long Total { get; init; }

    public long Processed { get; init; }

    /// <summary>Records whose formula failed; their value is left empty.</summary>
    public long Failed { get; init; }

    public long LastId { get; init; }

    /// <summary>The first failure, so the author can see what to fix.</summary>
    public string? Message { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }
}
