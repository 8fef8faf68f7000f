using System.Text.Json.Nodes;
using Platform.Engine.Notifications;
using Platform.Engine.Storage;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Runtime;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// Resumes the workflows waiting on a task (<c>Platform.WaitForTask</c>) when it is marked done, inside the
/// write that completes it: the stimulus <c>Platform.TaskCompleted {taskId}</c> with the task as input.
/// </summary>
internal sealed class WorkflowTaskCompletions(WorkflowStimuli stimuli, WorkflowListeners listeners) : ITaskCompletionSink
{
    public async Task OnCompletedAsync(WriteScope scope, TaskCompleted signal, CancellationToken ct)
    {
        var stimulus = new Stimulus(WaitForTaskActivity.BookmarkName, WaitForTaskActivity.Payload(signal.Task.Id),
            new JsonObject { ["task"] = RecordPayload.ToJson(signal.Task) });
        if (await listeners.HearAsync(scope, stimulus, ct))
        {
            await stimuli.RaiseInScopeAsync(scope, stimulus, ct);
        }
    }
}
