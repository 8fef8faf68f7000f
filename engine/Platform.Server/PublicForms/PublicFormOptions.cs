namespace Platform.Server.PublicForms;

/// <summary>How often one address may submit public forms (<c>Platform:PublicForms</c>).</summary>
public sealed class PublicFormOptions
{
    public const string Section = "Platform:PublicForms";

    public int PermitLimit { get; set; } = 10;

    public int WindowSeconds { get; set; } = 60;

    public bool IsValid() => PermitLimit is > 0 and <= 100_000 && WindowSeconds is > 0 and <= 86_400;
}
