namespace Platform.Engine.Records.Pipelines;

/// <summary>
/// A pipeline as a kanban board: a column per stage with its count, the sum of an amount field and that sum
/// weighted by the stage's probability, the column's first cards in board order (placed cards, then the most recently changed),
/// and the stage's monthly target with how many records entered it this month (every record, whatever the board's filter).
/// </summary>
public sealed record PipelineBoard(string Field, string? Amount, IReadOnlyList<PipelineBoard.Column> Columns, long Total)
{
    public sealed record Column(string Stage, Dictionary<string, string> Label, string? Color, string Category, int? Probability,
        long Count, decimal Sum, decimal Weighted, IReadOnlyList<IDictionary<string, object?>> Cards, int? Target, long EnteredThisMonth);
}
