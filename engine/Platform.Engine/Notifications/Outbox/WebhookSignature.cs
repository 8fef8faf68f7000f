using System.Security.Cryptography;
using System.Text;

namespace Platform.Engine.Notifications.Outbox;

/// <summary>
/// <c>sha256=</c> and the hex HMAC-SHA256 of <c>timestamp + "." + body</c> under the secret. The timestamp is
/// signed with the body so that a receiver can refuse an old request replayed by someone who recorded it.
/// </summary>
public static class WebhookSignature
{
    public static string Compute(string secret, string timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body)));
}
