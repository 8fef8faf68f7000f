using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Platform.Engine.Common;

namespace Platform.Engine.Notifications.Outbox;

/// <summary>
/// Checks a message before it is queued, so that a message that could never be sent is refused to the
/// writer (a workflow faults with the reason) instead of dying in the outbox hours later.
/// </summary>
public sealed class OutboxMessageRules(IOptions<WebhookOptions> webhooks)
{
    public const int MaxKey = 200;
    public const int MaxRecipients = 50;
    public const int MaxSubject = 500;
    public const int MaxEvent = 100;
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>The first broken rule, keyed by the field it concerns; null when the message can be queued.</summary>
    public ValidationFailure? Check(OutboxMessage message)
    {
        if (string.IsNullOrWhiteSpace(message.IdempotencyKey) || message.IdempotencyKey.Length > MaxKey)
        {
            return ValidationFailure.For("idempotencyKey", Texts.Get("outbox.key", MaxKey));
        }
        return message switch
        {
            { Email: { } email } => CheckEmail(email),
            { Webhook: { } webhook } => CheckWebhook(webhook),
            _ => throw new InvalidOperationException("An outbox message carries an e-mail or a webhook."),
        };
    }

    private static ValidationFailure? CheckEmail(EmailMessage email)
    {
        if (email.To.Count == 0)
        {
            return ValidationFailure.For("to", Texts.Get("outbox.to"));
        }
        if (email.To.Count + email.Cc.Count > MaxRecipients)
        {
            return ValidationFailure.For("to", Texts.Get("outbox.recipients", MaxRecipients));
        }
        foreach (var (field, addresses) in new[] { ("to", email.To), ("cc", email.Cc) })
        {
            if (addresses.FirstOrDefault(a => !EmailAddresses.IsValid(a)) is { } bad)
            {
                return ValidationFailure.For(field, Texts.Get("outbox.address", bad));
            }
        }
        if (string.IsNullOrWhiteSpace(email.Subject) || email.Subject.Length > MaxSubject || email.Subject.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            return ValidationFailure.For("subject", Texts.Get("outbox.subject", MaxSubject));
        }
        if (string.IsNullOrWhiteSpace(email.TextBody) && string.IsNullOrWhiteSpace(email.HtmlBody))
        {
            return ValidationFailure.For("body", Texts.Get("outbox.body"));
        }
        return Encoding.UTF8.GetByteCount(email.TextBody) + Encoding.UTF8.GetByteCount(email.HtmlBody ?? "") > MaxBodyBytes
            ? ValidationFailure.For("body", Texts.Get("outbox.tooLarge", MaxBodyBytes))
            : null;
    }

    private ValidationFailure? CheckWebhook(WebhookMessage webhook)
    {
        if (!Uri.TryCreate(webhook.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return ValidationFailure.For("url", Texts.Get("outbox.url"));
        }
        if (string.IsNullOrWhiteSpace(webhook.Event) || webhook.Event.Length > MaxEvent || webhook.Event.Any(char.IsControl))
        {
            return ValidationFailure.For("event", Texts.Get("outbox.event", MaxEvent));
        }
        if (Encoding.UTF8.GetByteCount(webhook.Body) > MaxBodyBytes)
        {
            return ValidationFailure.For("payload", Texts.Get("outbox.tooLarge", MaxBodyBytes));
        }
        if (!IsJson(webhook.Body))
        {
            return ValidationFailure.For("payload", Texts.Get("outbox.json"));
        }
        return CheckSecret(webhook);
    }

    private ValidationFailure? CheckSecret(WebhookMessage webhook)
    {
        if (!string.IsNullOrEmpty(webhook.Secret))
        {
            return null;
        }
        if (webhook.SecretName is { Length: > 0 } name)
        {
            return webhooks.Value.Secrets.ContainsKey(name) ? null : ValidationFailure.For("secret", Texts.Get("outbox.secretName", name));
        }
        return webhooks.Value.Secrets.ContainsKey(WebhookOptions.DefaultSecret) ? null : ValidationFailure.For("secret", Texts.Get("outbox.secretMissing"));
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
