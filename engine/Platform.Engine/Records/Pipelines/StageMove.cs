namespace Platform.Engine.Records.Pipelines;

/// <summary>One stage change of a record: from where to where, when, by whom and through what (api, import, form…).</summary>
public sealed record StageMove(string Entity, long RecordId, string Field, string? From, string? To, DateTimeOffset At, long? By, string Source, string? Reason);
