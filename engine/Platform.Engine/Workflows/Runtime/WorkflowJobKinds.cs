namespace Platform.Engine.Workflows.Runtime;

/// <summary>What a row of <c>sys_workflow_jobs</c> does when it is due.</summary>
public static class WorkflowJobKinds
{
    /// <summary>Deliver a stimulus: start the triggers and resume the bookmarks with its hash.</summary>
    public const string Stimulus = "stimulus";

    /// <summary>Resume one bookmark of one instance (a Delay, a Timer inside a flow, a working-time wait).</summary>
    public const string Resume = "resume";

    /// <summary>Fire a scheduled trigger (Timer, Cron, StartAt, Platform.Schedule) and schedule its next occurrence.</summary>
    public const string Trigger = "trigger";
}
