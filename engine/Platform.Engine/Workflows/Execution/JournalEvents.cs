namespace Platform.Engine.Workflows.Execution;

/// <summary>The <see cref="JournalEntry.Event"/> names.</summary>
public static class JournalEvents
{
    public const string Started = "Started";
    public const string Completed = "Completed";
    public const string Suspended = "Suspended";
    public const string Resumed = "Resumed";
    public const string Faulted = "Faulted";
    public const string Canceled = "Canceled";
    public const string Skipped = "Skipped";
}
