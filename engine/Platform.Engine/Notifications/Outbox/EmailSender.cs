using System.Security.Cryptography;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Platform.Engine.Notifications.Outbox;

/// <summary>
/// Sends one e-mail through the configured SMTP server, one connection per message. The idempotency key goes
/// out as <c>X-Idempotency-Key</c> and, hashed, as the <c>Message-Id</c>, so a copy sent again after a crash
/// carries the same id and mail systems that de-duplicate by Message-Id drop it.
/// </summary>
public sealed class EmailSender(IOptions<EmailOptions> options, TimeProvider clock)
{
    public const string IdempotencyHeader = "X-Idempotency-Key";

    public bool IsConfigured => options.Value.IsConfigured;

    /// <summary>Throws when the server cannot be reached or refuses the message.</summary>
    public async Task SendAsync(string idempotencyKey, EmailMessage email, CancellationToken ct)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            throw new OutboxSendException(OutboxDispatcher.EmailNotConfigured);
        }
        using var message = Compose(settings, idempotencyKey, email);
        using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        await client.ConnectAsync(settings.Host!, settings.EffectivePort, Security(settings.Security), ct);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        }
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }

    private MimeMessage Compose(EmailOptions settings, string idempotencyKey, EmailMessage email)
    {
        var from = EmailAddresses.Parse(settings.From!);
        var message = new MimeMessage
        {
            Subject = email.Subject,
            Date = clock.GetUtcNow(),
            MessageId = $"{MessageIdOf(idempotencyKey)}@{from.Domain}",
        };
        message.From.Add(from);
        message.To.AddRange(email.To.Select(EmailAddresses.Parse));
        message.Cc.AddRange(email.Cc.Select(EmailAddresses.Parse));
        message.Headers.Add(IdempotencyHeader, idempotencyKey);
        message.Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody();
        return message;
    }

    /// <summary>The key as a Message-Id left part: keys may hold characters a Message-Id cannot.</summary>
    public static string MessageIdOf(string idempotencyKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..32];

    private static SecureSocketOptions Security(string security) => security switch
    {
        "none" => SecureSocketOptions.None,
        "ssl" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };
}
