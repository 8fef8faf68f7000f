using System.Text.Json.Nodes;
using Platform.Engine.Notifications;
using Platform.Engine.Records;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// <c>Platform.Notify</c>: an in-app notification (the bell) to each of <c>to</c> — user ids, e-mail addresses of
/// users, or <c>owner</c>, alone or in a list — with <c>title</c> and <c>body</c> rendered as Liquid, linked to
/// <c>entity</c>/<c>recordId</c> (the workflow's record by default), which a click on it opens unless <c>link</c> names
/// another page. <c>result</c> is the list of users notified.
/// </summary>
internal sealed class NotifyActivity(NotificationService notifications, Recipients recipients, ActivityTemplates templates, RecordReader reader)
    : IActivityHandler
{
    public string Type => "Platform.Notify";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var target = await RecordTarget.OptionalAsync(context, ct);
        var record = new StepRecord(reader, target);
        var users = await recipients.ResolveAsync(context, await context.InputAsync("to", ct), record, "to", ct);
        if (users.Count == 0)
        {
            throw ActivityInputs.Missing("to");
        }
        var texts = await templates.RenderAsync(context, record, ["title", "body"], ct);
        var title = texts["title"] ?? throw ActivityInputs.Missing("title");
        var body = texts["body"];
        var link = await context.TextAsync("link", ct) ?? (target is (string entity, long id) ? $"/entities/{entity}/records/{id}" : null);
        var scope = context.Scope();
        foreach (var user in users)
        {
            await notifications.NotifyInScopeAsync(scope, new NotificationInput(user, title, body, link, target?.Entity, target?.RecordId), ct);
        }
        context.SetOutput(RecordTrigger.Result, new JsonArray([.. users.Select(u => (JsonNode)u)]));
        context.Complete();
    }
}
