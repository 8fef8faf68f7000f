namespace Platform.Engine.Forms;

/// <summary>What a public form does with a submission: who owns the record, what the visitor sees next.</summary>
public sealed record SubmissionSettings
{
    public long? OwnerId { get; init; }

    public Dictionary<string, string>? ThankYou { get; init; }

    public string? RedirectUrl { get; init; }
}
