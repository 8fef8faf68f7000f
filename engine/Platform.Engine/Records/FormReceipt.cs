namespace Platform.Engine.Records;

/// <summary>What a visitor gets back for a public form submission.</summary>
public sealed record FormReceipt(string Receipt, int Version, string? Message, string? RedirectUrl);
