namespace Platform.Engine.Workflows.DryRun;

/// <summary>
/// What a dry run found: per record what would have happened, and totals over all of them. Nothing in it was
/// kept: every write was rolled back and every message only recorded. <see cref="Matched"/> is how many records
/// the view lists when it lists more than the run took.
/// </summary>
public sealed record DryRunReport(
    string DefinitionId,
    int Version,
    string Entity,
    string Horizon,
    DateTimeOffset StartedAt,
    int Matched,
    IReadOnlyList<DryRunRecord> Records,
    DryRunTotals Totals);
