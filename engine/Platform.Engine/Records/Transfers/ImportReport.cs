namespace Platform.Engine.Records.Transfers;

/// <summary>
/// An import as the API shows it: its progress, what it did so far, the first errors, and the columns of
/// its file with the field each fills. <see cref="Total"/> is null until the rows have been counted.
/// </summary>
public sealed record ImportReport
{
    public required string Id { get; init; }

    public required string Entity { get; init; }

    public required string Mode { get; init; }

    public required string Status { get; init; }

    public required string FileName { get; init; }

    public long? Total { get; init; }

    public long Processed { get; init; }

    public long Created { get; init; }

    public long Updated { get; init; }

    public long Skipped { get; init; }

    public long Failed { get; init; }

    public IReadOnlyList<string> MatchOn { get; init; } = [];

    public string OnDuplicate { get; init; } = DuplicateActions.Skip;

    /// <summary>The first <see cref="ImportService.MaxListedErrors"/> errors, in row order.</summary>
    public IReadOnlyList<ImportError> Errors { get; init; } = [];

    public IReadOnlyList<ImportColumn> Columns { get; init; } = [];

    /// <summary>Why a failed import stopped.</summary>
    public string? Message { get; init; }

    public long CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }
}
