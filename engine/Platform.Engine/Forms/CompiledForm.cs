using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Platform.Engine.Forms;

/// <summary>
/// A form ready to check records: its schema and rule conditions parsed once by NJsonSchema. Checks follow
/// docs/forms.md step by step, the same steps the browser takes with ajv.
/// </summary>
public sealed class CompiledForm
{
    // One validator for every check: it keeps no state between calls, and building one per call (as
    // JsonSchema.Validate does) costs more than the check of a small rule condition.
    private static readonly JsonSchemaValidator Validator = new();

    private readonly JsonSchema? _schema;
    private readonly IReadOnlyList<string> _checked;
    private readonly IReadOnlyList<CompiledRule> _rules;
    private readonly IReadOnlySet<string> _baseRequired;
    private readonly IReadOnlyDictionary<string, JsonObject> _properties;
    private readonly IReadOnlyDictionary<string, string> _fieldTypes;

    internal CompiledForm(string slug, int version, JsonSchema? schema, IReadOnlyList<CompiledRule> rules, IReadOnlySet<string> baseRequired,
        IReadOnlyDictionary<string, JsonObject> properties, IReadOnlyDictionary<string, string> fieldTypes)
    {
        Slug = slug;
        Version = version;
        _schema = schema;
        _checked = [.. schema?.Properties.Keys ?? []];
        _rules = rules;
        _baseRequired = baseRequired;
        _properties = properties;
        _fieldTypes = fieldTypes;
    }

    public string Slug { get; }

    public int Version { get; }

    /// <summary>
    /// False when the form asks nothing of a record beyond what its fields check themselves (no override,
    /// no rule, no extra required field): a record write can then skip it, as the answer is known.
    /// </summary>
    public bool ChecksBeyondFields { get; internal set; } = true;

    /// <summary>The fields on the form.</summary>
    public IEnumerable<string> Fields => _properties.Keys;

    /// <summary>The errors by field for these values (as the API shows them); empty when all is well.</summary>
    public Dictionary<string, List<FormError>> Validate(IReadOnlyDictionary<string, object?> values)
    {
        var state = Evaluate(values);
        var codes = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var error in _schema is null ? [] : Validator.Validate(FormData.From(values, _checked), _schema))
        {
            var field = TopField(error.Path);
            if (field is not null && !state.Hidden.Contains(field))
            {
                foreach (var code in Codes(error))
                {
                    (codes.TryGetValue(field, out var set) ? set : codes[field] = new SortedSet<string>(StringComparer.Ordinal)).Add(code);
                }
            }
        }
        foreach (var field in state.Required)
        {
            if (!FormData.IsPresent(values.GetValueOrDefault(field)))
            {
                codes[field] = new SortedSet<string>(StringComparer.Ordinal) { FormErrorCodes.Required };
            }
        }
        return codes.ToDictionary(
            c => c.Key,
            c => c.Value.Select(code => new FormError(code, FormErrorMessages.For(code, _properties.GetValueOrDefault(c.Key), _fieldTypes.GetValueOrDefault(c.Key)))).ToList(),
            StringComparer.Ordinal);
    }

    /// <summary>Which fields are hidden and which required for these values.</summary>
    public FormRuleState Evaluate(IReadOnlyDictionary<string, object?> values)
    {
        var shown = new Dictionary<string, bool>(StringComparer.Ordinal);
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        var required = new HashSet<string>(_baseRequired, StringComparer.Ordinal);
        var relaxed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in _rules)
        {
            var holds = Validator.Validate(FormData.From(values, rule.Reads), rule.When).Count == 0;
            switch (rule.Effect)
            {
                case FormEffects.Show:
                    shown[rule.Field] = shown.GetValueOrDefault(rule.Field) || holds;
                    break;
                case FormEffects.Hide when holds:
                    hidden.Add(rule.Field);
                    break;
                case FormEffects.Require when holds:
                    required.Add(rule.Field);
                    break;
                case FormEffects.Optional when holds:
                    relaxed.Add(rule.Field);
                    break;
            }
        }
        hidden.UnionWith(shown.Where(s => !s.Value).Select(s => s.Key));
        required.ExceptWith(relaxed);
        required.ExceptWith(hidden);
        return new FormRuleState(hidden, required);
    }

    /// <summary>"#/name" or "#/tags[2]" → the top-level member the error belongs to.</summary>
    private static string? TopField(string? path)
    {
        if (path is null || !path.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }
        var end = path.IndexOfAny(['/', '['], 2);
        return end < 0 ? path[2..] : path[2..end];
    }

    private static IEnumerable<string> Codes(ValidationError error) =>
        error is ChildSchemaValidationError child && error.Kind == ValidationErrorKind.ArrayItemNotValid
            ? child.Errors.SelectMany(e => e.Value).SelectMany(Codes)
            : [FormErrorCodes.Of(error.Kind)];
}
