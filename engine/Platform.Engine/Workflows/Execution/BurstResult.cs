namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// What one burst did: the instance's new state (status, variables, bookmarks, incidents), its journal
/// lines, and the stimuli it raised, which the runtime delivers after the burst commits.
/// </summary>
public sealed record BurstResult(WorkflowState State, IReadOnlyList<JournalEntry> Journal, IReadOnlyList<Stimulus> Raised);
