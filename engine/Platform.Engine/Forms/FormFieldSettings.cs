namespace Platform.Engine.Forms;

/// <summary>
/// How a form shows one field. Every member is optional; constraints can only narrow what the field's
/// type allows, so a form never accepts a value the entity would refuse.
/// </summary>
public sealed record FormFieldSettings
{
    public Dictionary<string, string>? Label { get; init; }

    public Dictionary<string, string>? Help { get; init; }

    public Dictionary<string, string>? Placeholder { get; init; }

    public string? Widget { get; init; }

    /// <summary>The form requires the field even where the entity does not.</summary>
    public bool? Required { get; init; }

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public string? Pattern { get; init; }

    /// <summary>Labels per language for option values, replacing the field's own.</summary>
    public Dictionary<string, Dictionary<string, string>>? OptionLabels { get; init; }
}
