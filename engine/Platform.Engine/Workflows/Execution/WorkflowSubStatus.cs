namespace Platform.Engine.Workflows.Execution;

/// <summary>Elsa's detailed status; the first three mean Running, the last three Finished.</summary>
public static class WorkflowSubStatus
{
    public const string Pending = "Pending";
    public const string Executing = "Executing";
    public const string Suspended = "Suspended";
    public const string Finished = "Finished";
    public const string Cancelled = "Cancelled";
    public const string Faulted = "Faulted";

    public static string StatusOf(string subStatus) =>
        subStatus is Finished or Cancelled or Faulted ? WorkflowStatus.Finished : WorkflowStatus.Running;
}
