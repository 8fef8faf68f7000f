using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Forms;

/// <summary>
/// Turns an entity's fields and a form's overrides into a draft-07 JSON Schema and a uiSchema that
/// react-jsonschema-form renders. Only keywords both NJsonSchema and ajv evaluate alike are written:
/// shapes such as e-mail are patterns, not formats, and option labels live in the uiSchema.
/// </summary>
public static class FormSchemaBuilder
{
    public const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    public const string DateTimePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})$";
    public const string EmailPattern = "^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$";
    public const string PhonePattern = "^\\+?[0-9(][0-9 ()\\-]{4,30}[0-9]$";
    public const string UrlPattern = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$";

    /// <summary>The fields a form can show: everything but auto-numbers, which the system fills in.</summary>
    public static bool IsFormField(FieldDefinition field) => !FieldTypes.Of(field).Computed;

    /// <summary>One section holding every form field of the entity, in field order.</summary>
    public static FormLayout DefaultLayout(EntityDefinition entity) => new()
    {
        Sections =
        [
            new FormSection
            {
                Id = "main",
                // Not the entity's name: a page shows that already as the form's title.
                Title = new Dictionary<string, string> { [Languages.Chinese] = "基本信息", [Languages.English] = "Details" },
                Columns = 1,
                Fields = entity.Fields.Where(IsFormField).Select(f => f.Slug).ToList(),
            },
        ],
    };

    /// <summary>The fields of the layout that still exist on the entity, in layout order.</summary>
    public static IEnumerable<FieldDefinition> FormFields(EntityDefinition entity, FormDefinition form) =>
        form.FieldSlugs().Select(entity.Field).OfType<FieldDefinition>().Where(IsFormField);

    public static JsonObject Schema(EntityDefinition entity, FormDefinition form, string language)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var field in FormFields(entity, form))
        {
            var settings = form.Fields.GetValueOrDefault(field.Slug);
            var property = Property(field, settings);
            property["title"] = Languages.Pick(settings?.Label, language) ?? Languages.Pick(field.Label, language) ?? field.Slug;
            properties[field.Slug] = property;
            if (field.Required || settings?.Required == true)
            {
                required.Add(field.Slug);
            }
        }
        return new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["type"] = "object",
            ["title"] = Languages.Pick(form.Label, language) ?? Languages.Pick(entity.Label, language) ?? entity.Slug,
            ["required"] = required,
            ["properties"] = properties,
        };
    }

    public static JsonObject UiSchema(EntityDefinition entity, FormDefinition form, string language)
    {
        var fields = FormFields(entity, form).ToList();
        var present = fields.Select(f => f.Slug).ToHashSet(StringComparer.Ordinal);
        var sections = new JsonArray();
        foreach (var section in form.Layout?.Sections ?? [])
        {
            sections.Add(new JsonObject
            {
                ["id"] = section.Id,
                ["title"] = Languages.Pick(section.Title, language) ?? "",
                ["columns"] = Math.Clamp(section.Columns, 1, 3),
                ["fields"] = new JsonArray(section.Fields.Where(present.Contains).Select(f => (JsonNode)f).ToArray()),
            });
        }
        var ui = new JsonObject
        {
            ["ui:order"] = new JsonArray(fields.Select(f => (JsonNode)f.Slug).ToArray()),
            ["ui:options"] = new JsonObject { ["sections"] = sections },
        };
        foreach (var field in fields)
        {
            ui[field.Slug] = FieldUi(field, form.Fields.GetValueOrDefault(field.Slug), language);
        }
        return ui;
    }

    /// <summary>The schema of one field, narrowed by the form's <paramref name="settings"/> when given.</summary>
    internal static JsonObject Property(FieldDefinition field, FormFieldSettings? settings)
    {
        var type = FieldTypes.Of(field);
        var property = new JsonObject();
        switch (field.Type)
        {
            case FieldTypeNames.Number or FieldTypeNames.Currency or FieldTypeNames.Percent:
                property["type"] = ((NumberFieldType)type).PrecisionOf(field) == 0 ? "integer" : "number";
                AddRange(property, settings?.Minimum, settings?.Maximum);
                break;
            case FieldTypeNames.Rating:
                property["type"] = "integer";
                AddRange(property, Math.Max(0, settings?.Minimum ?? 0), Math.Min(field.Max ?? RatingFieldType.DefaultMax, settings?.Maximum ?? double.MaxValue));
                break;
            case FieldTypeNames.Boolean:
                property["type"] = "boolean";
                break;
            case FieldTypeNames.User or FieldTypeNames.Relation:
                property["type"] = "integer";
                break;
            case FieldTypeNames.Select:
                property["type"] = "string";
                property["enum"] = OptionValues(field);
                break;
            case FieldTypeNames.Stage:
                property["type"] = "string";
                property["enum"] = new JsonArray([.. (field.Stages ?? []).Select(s => (JsonNode)s.Value)]);
                break;
            case FieldTypeNames.MultiSelect:
                property["type"] = "array";
                property["uniqueItems"] = true;
                property["items"] = new JsonObject { ["type"] = "string", ["enum"] = OptionValues(field) };
                break;
            case FieldTypeNames.Date:
                property["type"] = "string";
                property["pattern"] = DatePattern;
                break;
            case FieldTypeNames.DateTime:
                property["type"] = "string";
                property["pattern"] = DateTimePattern;
                break;
            default:
                property["type"] = "string";
                AddText(property, field, (TextFieldType)type, settings);
                break;
        }
        return property;
    }

    private static void AddText(JsonObject property, FieldDefinition field, TextFieldType type, FormFieldSettings? settings)
    {
        var limit = field.MaxLength ?? type.Limit;
        if (settings?.MinLength is > 0 and var min)
        {
            property["minLength"] = min;
        }
        property["maxLength"] = Math.Min(limit, settings?.MaxLength ?? limit);
        var shape = field.Type switch
        {
            FieldTypeNames.Email => EmailPattern,
            FieldTypeNames.Phone => PhonePattern,
            FieldTypeNames.Url => UrlPattern,
            _ => null,
        };
        if ((settings?.Pattern ?? shape) is { } pattern)
        {
            property["pattern"] = pattern;
        }
    }

    private static void AddRange(JsonObject property, double? minimum, double? maximum)
    {
        if (minimum is { } min)
        {
            property["minimum"] = Number(min);
        }
        if (maximum is { } max && max < double.MaxValue)
        {
            property["maximum"] = Number(max);
        }
    }

    /// <summary>Whole numbers are written without a fraction, as a person would type them.</summary>
    private static JsonNode Number(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15 ? JsonValue.Create((long)value) : JsonValue.Create(value);

    private static JsonArray OptionValues(FieldDefinition field) =>
        new((field.Options ?? []).Select(o => (JsonNode)o.Value).ToArray());

    private static JsonObject FieldUi(FieldDefinition field, FormFieldSettings? settings, string language)
    {
        var ui = new JsonObject();
        var widget = settings?.Widget ?? FormWidgets.Default(field.Type);
        if (widget is not null)
        {
            ui["ui:widget"] = widget;
        }
        if (Languages.Pick(settings?.Placeholder, language) is { } placeholder)
        {
            ui["ui:placeholder"] = placeholder;
        }
        if ((Languages.Pick(settings?.Help, language) ?? Languages.Pick(field.Help, language)) is { } help)
        {
            ui["ui:help"] = help;
        }
        if (field.Options is { } options)
        {
            ui["ui:enumNames"] = new JsonArray(options.Select(o =>
                (JsonNode)(Languages.Pick(settings?.OptionLabels?.GetValueOrDefault(o.Value), language)
                    ?? Languages.Pick(o.Label, language) ?? o.Value)).ToArray());
        }
        else if (field.Stages is { } stages)
        {
            ui["ui:enumNames"] = new JsonArray(stages.Select(s => (JsonNode)(Languages.Pick(s.Label, language) ?? s.Value)).ToArray());
        }
        if (field.Type == FieldTypeNames.Relation)
        {
            ui["ui:options"] = new JsonObject { ["entity"] = field.Relation?.Entity };
        }
        else if (field.Type == FieldTypeNames.Rating)
        {
            ui["ui:options"] = new JsonObject { ["max"] = field.Max ?? RatingFieldType.DefaultMax };
        }
        return ui;
    }
}
