namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// A connection of a flowchart as the scheduler sees it. <see cref="Key"/> names its counters in the flowchart's
/// FlowScope; a backward edge closes a loop and is valid only when every path from its source back to the start
/// passes through its target.
/// </summary>
internal sealed record FlowEdge(string Source, string? Port, string Target, string Key, bool IsBackward, bool IsValidBackward);
