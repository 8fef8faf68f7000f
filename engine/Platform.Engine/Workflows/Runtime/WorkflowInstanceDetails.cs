using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Runtime;

/// <summary>
/// One instance as its page shows it: the summary, variables by name, input and output, where it waits
/// (bookmarks, with the instant a timer fires), its incidents, its journal and its unfinished activities.
/// </summary>
public sealed record WorkflowInstanceDetails(
    WorkflowInstance Instance,
    JsonObject Variables,
    JsonObject Input,
    JsonObject Output,
    IReadOnlyList<Bookmark> Bookmarks,
    IReadOnlyList<WorkflowIncident> Incidents,
    IReadOnlyList<JournalEntry> Journal,
    IReadOnlyList<ActivityContextState> Activities);
