using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution;

/// <summary>The journal lines of one burst: one per activity started, completed, suspended, resumed, faulted, cancelled or skipped.</summary>
internal sealed class BurstJournal(TimeProvider clock)
{
    public List<JournalEntry> Entries { get; } = [];

    /// <summary>Adds the Started (or Resumed) line; its inputs are filled in once the handler has evaluated them.</summary>
    public int Begin(ActivityContextState context, WorkflowActivity node, bool resumed)
    {
        Entries.Add(Entry(context, node, resumed ? JournalEvents.Resumed : JournalEvents.Started));
        return Entries.Count - 1;
    }

    public void Inputs(int line, JsonObject? inputs) => Entries[line] = Entries[line] with { Inputs = inputs };

    public void Completed(ActivityContextState context, WorkflowActivity node, string?[] outcomes, ActivityExecution? execution, long started) =>
        Entries.Add(Entry(context, node, JournalEvents.Completed) with
        {
            Outcomes = outcomes.OfType<string>().ToList(),
            Outputs = execution?.Outputs,
            Message = Notes(execution),
            DurationMs = clock.GetElapsedTime(started).TotalMilliseconds,
        });

    public void Suspended(ActivityContextState context, WorkflowActivity node, ActivityExecution execution, long started) =>
        Entries.Add(Entry(context, node, JournalEvents.Suspended) with
        {
            Message = Notes(execution),
            DurationMs = clock.GetElapsedTime(started).TotalMilliseconds,
        });

    public void Faulted(ActivityContextState context, WorkflowActivity node, ActivityExecution? execution, string error, long started) =>
        Entries.Add(Entry(context, node, JournalEvents.Faulted) with
        {
            Message = Notes(execution) is { } notes ? notes + "\n" + error : error,
            DurationMs = clock.GetElapsedTime(started).TotalMilliseconds,
        });

    public void Canceled(ActivityContextState context, WorkflowActivity node) => Entries.Add(Entry(context, node, JournalEvents.Canceled));

    /// <summary>A skipped node never had a context, so its line has no activity instance id.</summary>
    public void Skipped(WorkflowActivity node) =>
        Entries.Add(new JournalEntry(clock.GetUtcNow(), node.Id, node.Type, node.Name, "", JournalEvents.Skipped));

    private JournalEntry Entry(ActivityContextState context, WorkflowActivity node, string journalEvent) =>
        new(clock.GetUtcNow(), node.Id, node.Type, node.Name, context.Id, journalEvent);

    private static string? Notes(ActivityExecution? execution) =>
        execution?.Notes is { Count: > 0 } notes ? string.Join('\n', notes) : null;
}
