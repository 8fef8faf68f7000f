using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// One record's scheduled fire of one DateReached rule, under <see cref="Key"/>: dropped, then scheduled
/// again at <see cref="DueAt"/> with <see cref="Stimulus"/> when both are set.
/// </summary>
public sealed record DateFire(string Key, DateTimeOffset? DueAt, Stimulus? Stimulus);
