using System.Text.Json.Nodes;

namespace Platform.Engine.Records.Rules;

/// <summary>A scoring rule's verdict on one record, kept so a person can see why it scored what it did.</summary>
public sealed record RecordScore(string Rule, double Score, string? Grade, JsonArray Reasons, DateTimeOffset ScoredAt)
{
    public Dictionary<string, string>? Label { get; init; }
}
