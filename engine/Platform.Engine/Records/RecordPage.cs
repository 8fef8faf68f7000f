namespace Platform.Engine.Records;

/// <summary>One page of records; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record RecordPage(IReadOnlyList<IDictionary<string, object?>> Items, string? NextCursor, long? Total);
