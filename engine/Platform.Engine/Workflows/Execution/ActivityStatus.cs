namespace Platform.Engine.Workflows.Execution;

/// <summary>The status of one activity execution (Elsa's names and spelling, "Canceled" with one l).</summary>
public static class ActivityStatus
{
    public const string Pending = "Pending";
    public const string Running = "Running";
    public const string Completed = "Completed";
    public const string Canceled = "Canceled";
    public const string Faulted = "Faulted";
}
