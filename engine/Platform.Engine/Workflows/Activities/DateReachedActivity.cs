using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Records;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// <c>Platform.DateReached {entity, field, offset, time}</c>: the date in a record's field, moved by
/// <c>offset</c> (negative = before, e.g. "-3.00:00:00") and set to <c>time</c> of day when given, has come.
/// As a trigger each record gets one scheduled fire, kept current as the record is saved (see
/// <see cref="WorkflowRecordEvents"/>). Further down a flow the node waits on a timer until that moment for
/// the instance's own record, as the date stands when the node runs; a record without the date leaves
/// through <c>NoDate</c>.
/// </summary>
internal sealed class DateReachedActivity(RecordReader records, LocalCalendar local) : RecordTrigger
{
    public const string Name = "Platform.DateReached";
    public const string NoDate = "NoDate";

    public override string Type => Name;

    public override async ValueTask<IReadOnlyList<TriggerPayload>> IndexAsync(WorkflowActivity activity, Func<string, ValueTask<JsonNode?>> input, CancellationToken ct) =>
        One((await DateRule.ReadAsync(input)).Payload());

    public override async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        if (context.IsTriggerOfWorkflow)
        {
            await base.ExecuteAsync(context, ct);
            return;
        }
        var rule = await DateRule.ReadAsync(name => context.InputAsync(name, ct));
        if (RecordPayload.Target(context.Workflow.Input) is not ({ } entity, var id) || entity != rule.Entity)
        {
            throw new ActivityFailedException(Texts.Get("activity.dateReached.record", rule.Entity));
        }
        var read = await records.GetInScopeAsync(context.Scope(), entity, id, ct);
        if (!read.IsSuccess)
        {
            throw ActivityFailedException.From(Type, read.Failure);
        }
        var due = rule.DueAt(RecordPayload.ToJson(read.Value.GetValueOrDefault(rule.Field)), local.Zone);
        if (due is null)
        {
            context.Complete(NoDate);
        }
        else if (due <= context.Environment.Clock.GetUtcNow())
        {
            context.Complete();
        }
        else
        {
            var payload = rule.Payload();
            payload[RecordPayload.RecordId] = id;
            payload["resumeAt"] = Timestamps.Format(due.Value);
            context.CreateBookmark(Type, payload, due);
        }
    }

    public override ValueTask ResumeAsync(ActivityContext context, Bookmark bookmark, JsonNode? input, CancellationToken ct)
    {
        if (bookmark.DueAt is null)
        {
            return base.ResumeAsync(context, bookmark, input, ct);
        }
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
