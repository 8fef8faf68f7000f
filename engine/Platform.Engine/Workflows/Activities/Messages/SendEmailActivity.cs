using Platform.Engine.Notifications.Outbox;
using Platform.Engine.Scripting;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities.Messages;

/// <summary>
/// <c>Platform.SendEmail</c>: inputs <c>to</c>, <c>cc</c> (addresses: an array, or text separated by commas),
/// <c>subject</c>, <c>body</c> and optional <c>htmlBody</c>, each a Liquid template over
/// <c>record</c>, <c>variables</c>, <c>input</c> and <c>workflow</c>. The e-mail is queued in the outbox with
/// the burst's write and sent once it commits.
/// </summary>
public sealed class SendEmailActivity(Outbox outbox, LiquidTemplates liquid) : IActivityHandler
{
    public string Type => "Platform.SendEmail";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var to = MessageInputs.Items(await context.InputAsync("to", ct));
        var cc = MessageInputs.Items(await context.InputAsync("cc", ct));
        var subject = MessageInputs.Text(await context.InputAsync("subject", ct)) ?? "";
        var body = MessageInputs.Text(await context.InputAsync("body", ct)) ?? "";
        var html = MessageInputs.Text(await context.InputAsync("htmlBody", ct));
        var model = MessageTemplateModel.Build(context, [.. to, .. cc, subject, body, html]);
        var email = new EmailMessage(
            MessageInputs.Addresses(to.Select(t => MessageDelivery.Render(liquid, t, model, "to"))),
            MessageInputs.Addresses(cc.Select(c => MessageDelivery.Render(liquid, c, model, "cc"))),
            MessageDelivery.Render(liquid, subject, model, "subject").Trim(),
            MessageDelivery.Render(liquid, body, model, "body"),
            html is null ? null : MessageDelivery.Render(liquid, html, model, "htmlBody"));
        var message = OutboxMessage.ForEmail(MessageDelivery.KeyOf(context), email, MessageDelivery.SourceOf(context));
        await MessageDelivery.EnqueueAsync(outbox, context, message, $"E-mail to {string.Join(", ", email.To)}: {email.Subject}", ct);
    }
}
