namespace Platform.Engine.Workflows.Assignment;

/// <summary>How an owner is chosen among the available candidates.</summary>
public static class AssignmentStrategies
{
    /// <summary>Each candidate in turn, by a cursor kept in the database.</summary>
    public const string RoundRobin = "roundRobin";

    /// <summary>The candidate with the fewest open records of the entity.</summary>
    public const string LeastOpen = "leastOpen";

    /// <summary>Candidates whose attributes fit the rules; same region first, then fewest open, then most senior.</summary>
    public const string RuleMatch = "ruleMatch";

    public static readonly string[] All = [RoundRobin, LeastOpen, RuleMatch];
}
