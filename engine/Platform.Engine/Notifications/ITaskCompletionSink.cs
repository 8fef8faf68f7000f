using Platform.Engine.Storage;

namespace Platform.Engine.Notifications;

/// <summary>
/// Hears every completed task inside the write that completes it, so what it does (resuming a workflow)
/// commits or rolls back together with the completion. Registered by the features that wait on tasks.
/// </summary>
public interface ITaskCompletionSink
{
    Task OnCompletedAsync(WriteScope scope, TaskCompleted signal, CancellationToken ct);
}
