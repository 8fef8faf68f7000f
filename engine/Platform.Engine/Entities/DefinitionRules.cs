using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Entities;

/// <summary>
/// Checks definitions once, where they are built: slugs become <see cref="SqlIdentifier"/>s here or are
/// refused, so nothing invalid ever reaches DDL.
/// </summary>
public static class DefinitionRules
{
    public static void CheckSlug(string? slug, string key, ValidationErrors errors)
    {
        switch (SqlIdentifier.Check(slug))
        {
            case SlugProblem.Malformed:
                errors.Add(key, Texts.Get("slug.invalid"));
                break;
            case SlugProblem.ReservedWord:
                errors.Add(key, Texts.Get("slug.reserved", slug));
                break;
            case SlugProblem.ReservedPrefix:
                errors.Add(key, Texts.Get("slug.prefix"));
                break;
        }
    }

    public static void CheckLabel(Dictionary<string, string>? label, string key, ValidationErrors errors)
    {
        if (label is null || !label.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
        {
            errors.Add(key, Texts.Get("label.required"));
        }
    }

    /// <summary>Checks a field on its own; <paramref name="prefix"/> is where its errors are keyed.</summary>
    public static void CheckField(FieldDefinition field, string prefix, ValidationErrors errors)
    {
        string Key(string property) => prefix.Length == 0 ? property : $"{prefix}.{property}";
        CheckSlug(field.Slug, Key("slug"), errors);
        var type = FieldTypes.Find(field.Type);
        if (type is null)
        {
            errors.Add(Key("type"), Texts.Get("field.unknownType", field.Type));
            return;
        }
        type.ValidateSettings(field, (property, message) => errors.Add(Key(property), message));
        if (field.Default is { } value && value.ValueKind != JsonValueKind.Null && !IsDateToken(field, value))
        {
            var parsed = type.Parse(value, field, lenient: false);
            if (!parsed.Ok)
            {
                errors.Add(Key("default"), Texts.Get("field.default.invalid", parsed.Error));
            }
        }
    }

    /// <summary>"today" for dates and "now" for date-times stand for the moment a record is created.</summary>
    public static bool IsDateToken(FieldDefinition field, JsonElement value) =>
        value.ValueKind == JsonValueKind.String
        && ((field.Type == FieldTypeNames.Date && value.GetString() == "today")
            || (field.Type == FieldTypeNames.DateTime && value.GetString() == "now"));

    /// <summary>A field defined without a label is labelled by its slug, so a short API body is enough.</summary>
    public static FieldDefinition WithLabel(FieldDefinition field) =>
        field.Label is { Count: > 0 } label && label.Values.Any(v => !string.IsNullOrWhiteSpace(v))
            ? field
            : field with { Label = new Dictionary<string, string> { ["zh-CN"] = field.Slug, ["en"] = field.Slug } };

    public static void CheckEntity(EntityDefinition entity, ValidationErrors errors)
    {
        CheckSlug(entity.Slug, "slug", errors);
        CheckLabel(entity.Label, "label", errors);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entity.Fields.Count; i++)
        {
            var field = entity.Fields[i];
            CheckField(field, $"fields[{i}]", errors);
            if (field.Slug is not null && !seen.Add(field.Slug))
            {
                errors.Add($"fields[{i}].slug", Texts.Get("field.exists", field.Slug));
            }
        }
        if (entity.DisplayField is not null && entity.Field(entity.DisplayField) is null)
        {
            errors.Add("displayField", Texts.Get("displayField.invalid"));
        }
    }
}
