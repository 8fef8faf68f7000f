namespace Platform.Engine.Records.Pipelines;

/// <summary>
/// A pipeline as a kanban board: a column per stage with its count, the sum of an amount field and that sum
/// weighted by the stage's probability, and the column's first cards in board order (placed cards, then the most recently changed).
/// </summary>
public sealed record PipelineBoard(string Field, string? Amount, IReadOnlyList<PipelineBoard.Column> Columns, long Total)
{
    public sealed record Column(string Stage, Dictionary<string, string> Label, string? Color, string Category, int? Probability,
        long Count, decimal Sum, decimal Weighted, IReadOnlyList<IDictionary<string, object?>> Cards);
}
