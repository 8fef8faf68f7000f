namespace Platform.Engine.Records.Pipelines;

/// <summary>A record's moves through its pipelines, with the time it has spent in each stage.</summary>
public sealed record StageHistory(IReadOnlyList<StageHistory.Move> Moves, IReadOnlyList<StageHistory.Dwell> Dwells)
{
    /// <summary>A ledger row, with the stages it jumped over (forward moves only).</summary>
    public sealed record Move(string Field, string? From, string? To, DateTimeOffset At, long? By, string Source, string? Reason, IReadOnlyList<string> Skipped);

    /// <summary>Total time in one stage over every visit (re-opened records and back-moves included); <see cref="Current"/> while it is still there.</summary>
    public sealed record Dwell(string Field, string Stage, int Visits, double Days, bool Current, bool Overdue);
}
