namespace Platform.Engine.Workflows.Assignment;

/// <summary>
/// The owner chosen (null when nobody could be), by which strategy, and why: <see cref="Reason"/> in the
/// current language, <see cref="Reasons"/> in every language as stored.
/// </summary>
public sealed record AssignmentDecision
{
    public long? UserId { get; init; }

    public required string Strategy { get; init; }

    /// <summary>The default owner got the record because no candidate was available.</summary>
    public bool ByDefault { get; init; }

    public required string Reason { get; init; }

    public required IReadOnlyDictionary<string, string> Reasons { get; init; }

    /// <summary>Every candidate considered, by id, including those skipped.</summary>
    public IReadOnlyList<long> Candidates { get; init; } = [];
}
