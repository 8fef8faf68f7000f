using Platform.Engine.Notifications.Outbox;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities.Messages;

/// <summary>
/// <c>Platform.SendWebhook</c>: inputs <c>url</c>, <c>payload</c> (any JSON; the workflow input when absent),
/// <c>event</c> (default <c>workflow</c>) and <c>secret</c>, the name of a secret configured under
/// <c>Platform:Webhooks:Secrets</c> (default <c>default</c>). A secret itself is never written in a definition,
/// which is exported and shown in the designer. The POST is queued in the outbox with the burst's write.
/// </summary>
public sealed class SendWebhookActivity(Outbox outbox) : IActivityHandler
{
    public const string DefaultEvent = "workflow";

    public string Type => "Platform.SendWebhook";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var url = MessageInputs.Text(await context.InputAsync("url", ct)) ?? "";
        var payload = await context.InputAsync("payload", ct) ?? context.Workflow.Input;
        var name = MessageInputs.Text(await context.InputAsync("event", ct)) is { Length: > 0 } given ? given : DefaultEvent;
        var secret = MessageInputs.Text(await context.InputAsync("secret", ct)) is { Length: > 0 } named ? named : null;
        var webhook = new WebhookMessage(url.Trim(), name, MessageInputs.Json(payload), SecretName: secret);
        var message = OutboxMessage.ForWebhook(MessageDelivery.KeyOf(context), webhook, MessageDelivery.SourceOf(context));
        await MessageDelivery.EnqueueAsync(outbox, context, message, $"Webhook {name} to {webhook.Url}", ct);
    }
}
