namespace Platform.Engine.Records;

/// <summary>One audited change of a record: who, when, what kind, and each field's old and new value.</summary>
public sealed record HistoryEntry(long Id, DateTimeOffset At, long? UserId, string? UserName, string Action, IReadOnlyList<FieldChange> Changes);
