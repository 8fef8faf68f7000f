using System.Security.Cryptography;
using System.Text;
using Platform.Engine.Tests.Notifications.Outbox;

namespace Platform.Server.Tests.Recovery;

/// <summary>
/// What the receivers got, read as a receiver would: a webhook by its event, its <c>Idempotency-Key</c> and a
/// signature checked here from the secret (not with the server's own code); an e-mail by its subject and its
/// <c>X-Idempotency-Key</c>.
/// </summary>
internal static class Deliveries
{
    public static TestWebhookReceiver.ReceivedRequest[] Webhooks(this TestWebhookReceiver inbox, string eventName) =>
        [.. inbox.Received.Where(r => r.Method == "POST" && r.Headers.GetValueOrDefault("X-Platform-Event") == eventName)];

    public static string Key(this TestWebhookReceiver.ReceivedRequest webhook) => webhook.Headers["Idempotency-Key"];

    public static bool IsSignedWith(this TestWebhookReceiver.ReceivedRequest webhook, string secret)
    {
        var expected = "sha256=" + Convert.ToHexStringLower(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(webhook.Headers["X-Platform-Timestamp"] + "." + webhook.Body)));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(webhook.Headers["X-Platform-Signature"]));
    }

    /// <summary>How many times the gate was called at <paramref name="name"/> (see <see cref="CrashWorkflows.Call"/>).</summary>
    public static int Calls(this TestWebhookReceiver gate, string name) => gate.Received.Count(r => r.Path.EndsWith("/" + name, StringComparison.Ordinal));

    public static Uri At(this TestWebhookReceiver gate, string name) => new(gate.Url, name);

    public static Mail[] Mails(this TestSmtpServer smtp, string subjectPrefix) =>
        [.. smtp.Received.Select(Read).Where(m => m.Subject.StartsWith(subjectPrefix, StringComparison.Ordinal))];

    private static Mail Read(TestSmtpServer.ReceivedMail received)
    {
        using var message = received.Parse();
        return new Mail(message.Headers["X-Idempotency-Key"] ?? "", message.Subject ?? "", [.. received.Recipients]);
    }

    public sealed record Mail(string Key, string Subject, IReadOnlyList<string> Recipients);
}
