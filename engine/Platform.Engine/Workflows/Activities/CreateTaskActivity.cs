using Platform.Engine.Notifications;
using Platform.Engine.Records;
using Platform.Engine.Scripting;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// <c>Platform.CreateTask</c>: a to-do for <c>assigneeId</c> (a user id, an e-mail address, or <c>owner</c>; the
/// record's owner by default), due at <c>dueAt</c> or after <c>dueIn</c> of working time on the working
/// calendar, linked to <c>entity</c>/<c>recordId</c> (the workflow's record by default). <c>title</c> and
/// <c>description</c> are Liquid templates. The task carries the instance's correlation id and
/// <c>workflow:&lt;instanceId&gt;</c> as its source; <c>result</c> is the task.
/// </summary>
internal sealed class CreateTaskActivity(TaskService tasks, Recipients recipients, ActivityTemplates templates, WorkingCalendarService calendars,
    RecordReader reader)
    : IActivityHandler
{
    public string Type => "Platform.CreateTask";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var target = await RecordTarget.OptionalAsync(context, ct);
        var record = new StepRecord(reader, target);
        var texts = await templates.RenderAsync(context, record, ["title", "description"], ct);
        var assignee = await context.InputAsync("assigneeId", ct) ?? (target is null ? null : Recipients.Owner);
        var assignees = await recipients.ResolveAsync(context, assignee, record, "assigneeId", ct);
        var input = new TaskInput
        {
            Title = texts["title"],
            Description = texts["description"],
            AssigneeId = assignees.Count > 0 ? assignees[0] : null,
            DueAt = await DueAtAsync(context, ct),
            Entity = target?.Entity,
            RecordId = target?.RecordId,
            Source = $"workflow:{context.Environment.InstanceId}",
            CorrelationId = context.Workflow.CorrelationId,
        };
        var created = await ActivitySavepoint.WriteAsync(context, scope => tasks.CreateInScopeAsync(scope, input, context.Environment.Actor, ct), ct);
        context.SetOutput(RecordTrigger.Result, RecordPayload.ToJson(created));
        context.Complete();
    }

    private async ValueTask<DateTimeOffset?> DueAtAsync(ActivityContext context, CancellationToken ct)
    {
        if (await context.InstantAsync("dueAt", ct) is { } at)
        {
            return at;
        }
        if (await context.SpanAsync("dueIn", ct) is not { } span)
        {
            return null;
        }
        return await WorkingTime.AddAsync(calendars, context.Environment.Clock.GetUtcNow(), span, "dueIn", ct);
    }
}
