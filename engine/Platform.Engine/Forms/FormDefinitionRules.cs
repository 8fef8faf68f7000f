using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Forms;

/// <summary>
/// Checks a form definition against its entity when it is saved, so a stored form always builds a schema
/// and never contradicts the entity (a form may narrow what a field accepts, never widen it).
/// </summary>
public static partial class FormDefinitionRules
{
    public static ValidationErrors Check(EntityDefinition entity, FormDefinition form)
    {
        var errors = new ValidationErrors();
        if (!SlugPattern().IsMatch(form.Slug))
        {
            errors.Add("slug", Texts.Get("form.slug"));
        }
        CheckLayout(entity, form, errors);
        foreach (var (slug, settings) in form.Fields)
        {
            if (entity.Field(slug) is not { } field || !FormSchemaBuilder.IsFormField(field))
            {
                errors.Add($"fields.{slug}", Texts.Get("field.notFound", slug));
                continue;
            }
            FormFieldChecks.Check(field, settings, (name, message) => errors.Add($"fields.{slug}.{name}", message));
        }
        var onForm = form.FieldSlugs().ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < form.Rules.Count; i++)
        {
            CheckRule(entity, form.Rules[i], onForm, (name, message) => errors.Add($"rules[{i}].{name}", message));
        }
        CheckHiddenFields(entity, form, onForm, errors);
        if (form.Submission?.RedirectUrl is { Length: > 0 } url && !IsWebAddress(url))
        {
            errors.Add("submission.redirectUrl", Texts.Get("value.url"));
        }
        return errors;
    }

    /// <summary>Publishing also needs every field the entity requires to be filled by the form.</summary>
    public static ValidationErrors CheckPublishable(EntityDefinition entity, FormDefinition form)
    {
        var errors = Check(entity, form);
        var filled = form.FieldSlugs().Concat(form.HiddenFields.Select(h => h.Field)).ToHashSet(StringComparer.Ordinal);
        foreach (var field in entity.Fields.Where(f => f.Required && FormSchemaBuilder.IsFormField(f) && f.Default is null or { ValueKind: JsonValueKind.Null }))
        {
            if (!filled.Contains(field.Slug))
            {
                errors.Add("layout", Texts.Get("form.requiredMissing", Languages.Pick(field.Label, Languages.Current) ?? field.Slug));
            }
        }
        return errors;
    }

    private static void CheckLayout(EntityDefinition entity, FormDefinition form, ValidationErrors errors)
    {
        var sections = form.Layout?.Sections ?? [];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < sections.Count; s++)
        {
            var section = sections[s];
            if (string.IsNullOrWhiteSpace(section.Id) || !ids.Add(section.Id))
            {
                errors.Add($"layout.sections[{s}].id", Texts.Get("form.sectionId"));
            }
            if (section.Columns is < 1 or > 3)
            {
                errors.Add($"layout.sections[{s}].columns", Texts.Get("form.columns"));
            }
            foreach (var slug in section.Fields)
            {
                if (entity.Field(slug) is not { } field || !FormSchemaBuilder.IsFormField(field))
                {
                    errors.Add($"layout.sections[{s}].fields", Texts.Get("field.notFound", slug));
                }
                else if (!seen.Add(slug))
                {
                    errors.Add($"layout.sections[{s}].fields", Texts.Get("form.fieldTwice", slug));
                }
            }
        }
    }

    private static void CheckRule(EntityDefinition entity, FormRule rule, HashSet<string> onForm, Action<string, string> error)
    {
        if (!FormEffects.All.Contains(rule.Effect))
        {
            error("effect", Texts.Get("form.rule.effect"));
        }
        if (!onForm.Contains(rule.Field))
        {
            error("field", Texts.Get("form.rule.field", rule.Field));
        }
        else if (entity.Field(rule.Field)!.Required && rule.Effect is FormEffects.Hide or FormEffects.Optional or FormEffects.Show)
        {
            // The entity refuses a record without it, so no form may let it be left out.
            error("field", Texts.Get("form.rule.entityRequired", rule.Field));
        }
        if (rule.When.ValueKind != JsonValueKind.Object)
        {
            error("when", Texts.Get("form.rule.when"));
            return;
        }
        ConditionKeywords.Check(rule.When, entity, message => error("when", message));
    }

    private static void CheckHiddenFields(EntityDefinition entity, FormDefinition form, HashSet<string> onForm, ValidationErrors errors)
    {
        var parameters = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < form.HiddenFields.Count; i++)
        {
            var hidden = form.HiddenFields[i];
            if (entity.Field(hidden.Field) is not { } field || !FormSchemaBuilder.IsFormField(field))
            {
                errors.Add($"hiddenFields[{i}].field", Texts.Get("field.notFound", hidden.Field));
                continue;
            }
            if (onForm.Contains(hidden.Field))
            {
                errors.Add($"hiddenFields[{i}].field", Texts.Get("form.hidden.onForm", hidden.Field));
            }
            if (!ParamPattern().IsMatch(hidden.Param) || !parameters.Add(hidden.Param))
            {
                errors.Add($"hiddenFields[{i}].param", Texts.Get("form.hidden.param"));
            }
            var type = FieldTypes.Of(field);
            foreach (var value in hidden.Map?.Values ?? (IEnumerable<string>)[])
            {
                if (!type.Parse(JsonSerializer.SerializeToElement(value), field, lenient: true).Ok)
                {
                    errors.Add($"hiddenFields[{i}].map", Texts.Get("form.hidden.value", value));
                }
            }
            if (hidden.Default is { } fallback && !type.Parse(fallback, field, lenient: true).Ok)
            {
                errors.Add($"hiddenFields[{i}].default", Texts.Get("form.hidden.value", fallback.ToString()));
            }
        }
    }

    internal static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex("^[a-z][a-z0-9_-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex ParamPattern();
}
