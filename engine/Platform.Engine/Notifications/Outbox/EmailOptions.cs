namespace Platform.Engine.Notifications.Outbox;

/// <summary>
/// The SMTP server e-mails leave through. Without a <see cref="Host"/> e-mail is off: messages are kept
/// <c>pending</c> and go out once a host is configured and the server restarted.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Platform:Email";

    public string? Host { get; set; }

    /// <summary>0 picks the usual port of <see cref="Security"/>: 25 for none, 587 for starttls, 465 for ssl.</summary>
    public int Port { get; set; }

    /// <summary>The sender address, e.g. <c>CRM &lt;crm@example.com&gt;</c>.</summary>
    public string? From { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary><c>none</c>, <c>starttls</c> (upgrade a plain connection, refused if the server cannot) or <c>ssl</c> (TLS from the start).</summary>
    public string Security { get; set; } = "starttls";

    public int TimeoutSeconds { get; set; } = 30;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public int EffectivePort => Port != 0 ? Port : Security switch
    {
        "none" => 25,
        "ssl" => 465,
        _ => 587,
    };

    /// <summary>Problems that must stop the server at start, empty when the options are usable.</summary>
    public IEnumerable<string> Problems()
    {
        if (Security is not ("none" or "starttls" or "ssl"))
        {
            yield return "Platform:Email:Security must be none, starttls or ssl.";
        }
        if (Port is < 0 or > 65_535)
        {
            yield return "Platform:Email:Port must be between 1 and 65535 (0 for the usual port).";
        }
        if (TimeoutSeconds is < 1 or > 600)
        {
            yield return "Platform:Email:TimeoutSeconds must be between 1 and 600.";
        }
        if (IsConfigured && !EmailAddresses.IsValid(From))
        {
            yield return "Platform:Email:From must be an e-mail address when Platform:Email:Host is set.";
        }
        if (!string.IsNullOrEmpty(UserName) && string.IsNullOrEmpty(Password))
        {
            yield return "Platform:Email:Password is required with Platform:Email:UserName.";
        }
    }
}
