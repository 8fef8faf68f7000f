namespace Platform.Engine.Records.Pipelines;

/// <summary>How many records stood in each stage of a pipeline at a moment, read from the stage ledger.</summary>
public sealed record PipelineSnapshot(string Field, DateTimeOffset At, IReadOnlyList<PipelineSnapshot.Column> Stages, long Total)
{
    public sealed record Column(string Stage, Dictionary<string, string> Label, string Category, long Count);
}
