namespace Platform.Engine.Workflows.Execution;

/// <summary>Elsa's coarse instance status: a Finished instance never moves again.</summary>
public static class WorkflowStatus
{
    public const string Running = "Running";
    public const string Finished = "Finished";
}
