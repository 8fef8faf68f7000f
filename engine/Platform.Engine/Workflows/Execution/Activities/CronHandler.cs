using System.Text.Json.Nodes;
using Cronos;
using Platform.Engine.Common;
using Platform.Engine.Workflows.Expressions;

namespace Platform.Engine.Workflows.Execution.Activities;

/// <summary>
/// Elsa.Cron: <c>cronExpression</c> has six fields, seconds first, read by Cronos in UTC as Elsa does. As a trigger it
/// starts an instance at each occurrence; inside a flow it waits for the next one on <c>Elsa.Cron {executeAt, cronExpression}</c>.
/// An expression Cronos cannot read fails when the definition is indexed and when the node runs.
/// </summary>
public sealed class CronHandler : IScheduledTrigger
{
    public string Type => "Elsa.Cron";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        if (context.IsTriggerOfWorkflow)
        {
            context.Complete();
            return;
        }
        var expression = WorkflowValues.ToText(await context.InputAsync("cronExpression", ct)) ?? "";
        if (Parse(expression).GetNextOccurrence(context.Environment.Clock.GetUtcNow(), TimeZoneInfo.Utc) is not { } executeAt)
        {
            context.Complete();
            return;
        }
        context.CreateBookmark(Type, new JsonObject { ["executeAt"] = WorkflowValues.FromInstant(executeAt), ["cronExpression"] = expression }, executeAt);
    }

    public async ValueTask<IReadOnlyList<TriggerPayload>> IndexAsync(WorkflowActivity activity, Func<string, ValueTask<JsonNode?>> input, CancellationToken ct)
    {
        var expression = WorkflowValues.ToText(await input("cronExpression")) ?? "";
        Parse(expression);
        return [new TriggerPayload(Type, new JsonObject { ["cronExpression"] = expression })];
    }

    public DateTimeOffset? NextOccurrence(JsonObject payload, DateTimeOffset published, DateTimeOffset after) =>
        Parse(WorkflowValues.ToText(payload["cronExpression"]) ?? "").GetNextOccurrence(after, TimeZoneInfo.Utc);

    private static CronExpression Parse(string expression)
    {
        try
        {
            return CronExpression.Parse(expression.Trim(), CronFormat.IncludeSeconds);
        }
        catch (CronFormatException e)
        {
            throw new ExpressionException(Texts.Get("workflow.cron.invalid", e.Message));
        }
    }
}
