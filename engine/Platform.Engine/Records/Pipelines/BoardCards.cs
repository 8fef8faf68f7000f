namespace Platform.Engine.Records.Pipelines;

/// <summary>One page of a board column: the stage (empty for records without one), how many records it holds, and the cards.</summary>
public sealed record BoardCards(string Stage, long Total, IReadOnlyList<IDictionary<string, object?>> Cards);
