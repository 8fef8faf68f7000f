using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Forms;

/// <summary>A person's message for an error code, with the limit taken from the field's schema.</summary>
internal static class FormErrorMessages
{
    public static string For(string code, JsonObject? property, string? fieldType) => code switch
    {
        FormErrorCodes.Required => Texts.Get("value.required"),
        FormErrorCodes.Type => TypeMessage(property),
        FormErrorCodes.Enum => Texts.Get("form.enum"),
        FormErrorCodes.Minimum => Texts.Get("form.minimum", Limit(property, code)),
        FormErrorCodes.Maximum => Texts.Get("form.maximum", Limit(property, code)),
        FormErrorCodes.MinLength => Texts.Get("form.minLength", Limit(property, code)),
        FormErrorCodes.MaxLength => Texts.Get("value.tooLong", Limit(property, code)),
        FormErrorCodes.MinItems => Texts.Get("form.minItems", Limit(property, code)),
        FormErrorCodes.MaxItems => Texts.Get("form.maxItems", Limit(property, code)),
        FormErrorCodes.UniqueItems => Texts.Get("form.uniqueItems"),
        FormErrorCodes.Pattern => fieldType switch
        {
            FieldTypeNames.Email => Texts.Get("value.email"),
            FieldTypeNames.Phone => Texts.Get("value.phone"),
            FieldTypeNames.Url => Texts.Get("value.url"),
            FieldTypeNames.Date => Texts.Get("value.date"),
            FieldTypeNames.DateTime => Texts.Get("value.datetime"),
            _ => Texts.Get("form.pattern"),
        },
        _ => Texts.Get("form.invalid"),
    };

    private static string TypeMessage(JsonObject? property) => property?["type"]?.GetValue<string>() switch
    {
        "number" => Texts.Get("value.number"),
        "integer" => Texts.Get("value.integer"),
        "boolean" => Texts.Get("value.boolean"),
        "array" => Texts.Get("value.options"),
        _ => Texts.Get("value.text"),
    };

    private static string Limit(JsonObject? property, string keyword) => property?[keyword]?.ToJsonString() ?? "?";
}
