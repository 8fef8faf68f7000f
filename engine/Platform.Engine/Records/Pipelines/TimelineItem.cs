namespace Platform.Engine.Records.Pipelines;

/// <summary>
/// One event in a record's life as the timeline shows it: <c>change</c> (an audited create, update, delete or
/// restore, with its field changes), <c>stage</c> (a move in a pipeline), <c>related</c> (a record of another
/// entity linked to this one, e.g. an activity) or <c>assignment</c> (an owner chosen, with the reason).
/// </summary>
public sealed record TimelineItem(string Kind, DateTimeOffset At, long? UserId, string? UserName)
{
    public string? Action { get; init; }

    public IReadOnlyList<FieldChange>? Changes { get; init; }

    public StageMove? Move { get; init; }

    public string? Entity { get; init; }

    /// <summary>The relation field of <see cref="Entity"/> that links the record.</summary>
    public string? Via { get; init; }

    public IDictionary<string, object?>? Record { get; init; }

    public TimelineAssignment? Assignment { get; init; }
}
