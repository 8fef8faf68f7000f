namespace Platform.Engine.Notifications;

/// <summary>The signal raised when a task is marked done: a workflow waiting on it resumes.</summary>
public sealed record TaskCompleted(WorkTask Task, long CompletedBy);
