namespace Platform.Engine.Entities;

/// <summary>One stage of a pipeline (a stage field): what it is called, how likely a deal in it is to be won, and its gates.</summary>
public sealed record StageDefinition
{
    public required string Value { get; init; }

    public Dictionary<string, string> Label { get; init; } = [];

    public string? Color { get; init; }

    /// <summary>Chance, in per cent, that a record in this stage is won; weights the board's sums.</summary>
    public int? Probability { get; init; }

    /// <summary>open, won or lost (<see cref="StageCategories"/>).</summary>
    public string Category { get; init; } = StageCategories.Open;

    /// <summary>What the person working the record should do here: the stage's procedure and talk track.</summary>
    public string? Guidance { get; init; }

    /// <summary>Days a record should stay here at most; longer is flagged.</summary>
    public int? MaxDwellDays { get; init; }

    /// <summary>How many records should reach this stage per month.</summary>
    public int? Target { get; init; }

    /// <summary>What must hold for a record to move into this stage.</summary>
    public StageCriteria? EntryCriteria { get; init; }

    /// <summary>What must hold for a record to leave this stage (准出标准).</summary>
    public StageCriteria? ExitCriteria { get; init; }
}
