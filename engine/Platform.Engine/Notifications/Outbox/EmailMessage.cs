namespace Platform.Engine.Notifications.Outbox;

/// <summary>An e-mail as it will be sent: addresses, subject and bodies already rendered.</summary>
public sealed record EmailMessage(
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    string Subject,
    string TextBody,
    string? HtmlBody = null);
