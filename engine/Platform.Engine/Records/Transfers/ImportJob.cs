namespace Platform.Engine.Records.Transfers;

/// <summary>An import as stored: its file, its plan, and how far it got (its checkpoint).</summary>
internal sealed record ImportJob
{
    public required string Id { get; init; }

    public required string Entity { get; init; }

    public required string Mode { get; init; }

    public required string Status { get; init; }

    public required string FileName { get; init; }

    public required string FileFormat { get; init; }

    public required ImportPlan Plan { get; init; }

    public IReadOnlyList<ImportColumn> Columns { get; init; } = [];

    public long? Total { get; init; }

    /// <summary>Data rows done; the next run starts after them.</summary>
    public long Processed { get; init; }

    public ImportCounts Counts { get; init; }

    public string? Message { get; init; }

    public long CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }
}
