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
        if (!Numeric.Contains(field.Type))
        {
            Refuse(error, ("minimum", settings.Minimum), ("maximum", settings.Maximum));
        }
        if (settings.Minimum > settings.Maximum)
        {
            error("maximum", Texts.Get("form.range"));
        }
        foreach (var value in settings.OptionLabels?.Keys ?? (IEnumerable<string>)[])
        {
            if (field.Options?.Exists(o => o.Value == value) != true)
            {
                error($"optionLabels.{value}", Texts.Get("value.option", value));
            }
        }
        if (FieldTypes.Of(field) is not TextFieldType text)
        {
            Refuse(error, ("minLength", settings.MinLength), ("maxLength", settings.MaxLength), ("pattern", settings.Pattern));
            return;
        }
        var limit = field.MaxLength ?? text.Limit;
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
    }

    /// <summary>Reports each setting that was sent although the field type does not take it, at its own key.</summary>
    private static void Refuse(Action<string, string> error, params (string Name, object? Value)[] settings)
    {
        foreach (var (name, value) in settings)
        {
            if (value is not null)
            {
                error(name, Texts.Get("form.notForType"));
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
