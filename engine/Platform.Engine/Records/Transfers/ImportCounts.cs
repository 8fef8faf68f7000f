namespace Platform.Engine.Records.Transfers;

/// <summary>Rows created, updated, skipped as duplicates, and refused.</summary>
internal record struct ImportCounts(long Created, long Updated, long Skipped, long Failed)
{
    public readonly long Rows => Created + Updated + Skipped + Failed;

    public static ImportCounts operator +(ImportCounts a, ImportCounts b) =>
        new(a.Created + b.Created, a.Updated + b.Updated, a.Skipped + b.Skipped, a.Failed + b.Failed);
}
