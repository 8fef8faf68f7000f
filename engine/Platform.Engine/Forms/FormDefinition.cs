namespace Platform.Engine.Forms;

/// <summary>
/// A form of one entity: which fields it shows and how (overrides, layout), rules that show, hide, require
/// or relax fields, and for public forms the hidden fields and what happens on submit. Saving changes the
/// draft; publishing freezes it as the next <see cref="Version"/>.
/// </summary>
public sealed record FormDefinition
{
    public string Slug { get; init; } = "";

    /// <summary>Filled in from the route; a body's value is ignored.</summary>
    public string Entity { get; init; } = "";

    public Dictionary<string, string> Label { get; init; } = [];

    public Dictionary<string, string>? Description { get; init; }

    /// <summary>The form the record screens use; its published rules apply to every write of the entity.</summary>
    public bool IsDefault { get; init; }

    public bool Public { get; init; }

    /// <summary>Null in a request means "the entity's generated layout": one section with every field.</summary>
    public FormLayout? Layout { get; init; }

    public Dictionary<string, FormFieldSettings> Fields { get; init; } = [];

    public List<FormRule> Rules { get; init; } = [];

    public List<HiddenField> HiddenFields { get; init; } = [];

    public SubmissionSettings? Submission { get; init; }

    /// <summary>The latest published version; 0 before the first publish.</summary>
    public int Version { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The slugs of the fields on the form, in layout order.</summary>
    public IEnumerable<string> FieldSlugs() => Layout?.Sections.SelectMany(s => s.Fields) ?? [];
}
