using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Notifications;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// <c>Platform.WaitForTask</c>: waits until task <c>taskId</c> (an id, or a task such as CreateTask's result) is marked done (a bookmark
/// <c>Platform.TaskCompleted {taskId}</c>, resumed by <see cref="WorkflowTaskCompletions"/>); a task already done
/// completes it at once. <c>result</c> is the task as completed.
/// </summary>
internal sealed class WaitForTaskActivity(TaskService tasks) : IActivityHandler
{
    public const string BookmarkName = "Platform.TaskCompleted";
    public const string TaskId = "taskId";

    public string Type => "Platform.WaitForTask";

    public static JsonObject Payload(long taskId) => new() { [TaskId] = taskId };

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        // A task from CreateTask's result (bound to a variable) stands for its id.
        var value = await context.InputAsync(TaskId, ct);
        var id = InputValues.Id(value is JsonObject given ? given["id"] : value, TaskId) ?? throw ActivityInputs.Missing(TaskId);
        var task = await tasks.FindInScopeAsync(context.Scope(), id, ct) ?? throw new ActivityFailedException(Texts.Get("task.notFound", id));
        if (task.Status == TaskStatuses.Done)
        {
            context.SetOutput(RecordTrigger.Result, RecordPayload.ToJson(task));
            context.Complete();
            return;
        }
        context.CreateBookmark(BookmarkName, Payload(id));
    }

    public ValueTask ResumeAsync(ActivityContext context, Bookmark bookmark, JsonNode? input, CancellationToken ct)
    {
        context.SetOutput(RecordTrigger.Result, input?["task"]?.DeepClone());
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
