namespace Platform.Engine.Workflows.DryRun;

/// <summary>
/// What to try a workflow's latest version against: some records of <see cref="Entity"/>, by id or by a saved
/// view (the first <see cref="MaxRecords"/> it lists), with timers fast-forwarded up to <see cref="Horizon"/>
/// (a time span such as <c>"7.00:00:00"</c>; seven days when absent).
/// </summary>
public sealed record DryRunRequest
{
    public const int MaxRecords = 100;

    public static readonly TimeSpan DefaultHorizon = TimeSpan.FromDays(7);

    public static readonly TimeSpan MaxHorizon = TimeSpan.FromDays(366);

    public string? Entity { get; init; }

    public List<long>? RecordIds { get; init; }

    public string? ViewId { get; init; }

    public string? Horizon { get; init; }
}
