namespace Platform.Engine.Forms;

/// <summary>The sections of a form, in order.</summary>
public sealed record FormLayout
{
    public List<FormSection> Sections { get; init; } = [];
}
