using MimeKit;

namespace Platform.Engine.Notifications.Outbox;

/// <summary>Address checks in MimeKit's terms, so that what passes here is what the sender can send to.</summary>
public static class EmailAddresses
{
    public static bool IsValid(string? address) =>
        !string.IsNullOrWhiteSpace(address) && MailboxAddress.TryParse(address, out var parsed) && parsed.Address.Contains('@')
            && !parsed.Address.StartsWith('@') && !parsed.Address.EndsWith('@');

    internal static MailboxAddress Parse(string address) => MailboxAddress.Parse(address);
}
