using System.Text.RegularExpressions;
using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Forms;

/// <summary>Checks one field's overrides: only what its type understands, and never wider than the field.</summary>
internal static class FormFieldChecks
{
    private static readonly HashSet<string> Numeric = new(StringComparer.Ordinal)
    {
        FieldTypeNames.Number, FieldTypeNames.Currency, FieldTypeNames.Percent, FieldTypeNames.Rating,
    };

    public static void Check(FieldDefinition field, FormFieldSettings settings, Action<string, string> error)
    {
        if (settings.Widget is { } widget && !FormWidgets.Allowed(field.Type).Contains(widget))
        {
            error("widget", Texts.Get("form.widget", widget, string.Join(", ", FormWidgets.Allowed(field.Type))));
        }
        if (settings.Required == false && field.Required)
        {
            error("required", Texts.Get("form.rule.entityRequired", field.Slug));
        }
        if ((settings.Minimum ?? settings.Maximum) is not null && !Numeric.Contains(field.Type))
        {
            error("minimum", Texts.Get("form.notForType"));
        }
        if (settings.Minimum > settings.Maximum)
        {
            error("maximum", Texts.Get("form.range"));
        }
        var text = FieldTypes.Of(field) as TextFieldType;
        if ((settings.MinLength ?? settings.MaxLength) is not null || settings.Pattern is not null)
        {
            if (text is null)
            {
                error("maxLength", Texts.Get("form.notForType"));
                return;
            }
        }
        var limit = field.MaxLength ?? text?.Limit ?? 0;
        if (settings.MaxLength is { } max && (max < 1 || max > limit))
        {
            error("maxLength", Texts.Get("field.maxLength.range", limit));
        }
        if (settings.MinLength is { } min && (min < 0 || min > (settings.MaxLength ?? limit)))
        {
            error("minLength", Texts.Get("form.range"));
        }
        if (settings.Pattern is { } pattern && !IsPattern(pattern))
        {
            error("pattern", Texts.Get("form.patternInvalid"));
        }
        foreach (var value in settings.OptionLabels?.Keys ?? (IEnumerable<string>)[])
        {
            if (field.Options?.Exists(o => o.Value == value) != true)
            {
                error($"optionLabels.{value}", Texts.Get("value.option", value));
            }
        }
    }

    /// <summary>A pattern both .NET and JavaScript read alike: it must compile, and stay under 500 characters.</summary>
    internal static bool IsPattern(string pattern)
    {
        if (pattern.Length is 0 or > 500)
        {
            return false;
        }
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
