using Platform.Engine.Entities;

namespace Platform.Engine.Forms;

/// <summary>The widgets a form may choose per field type; the first is the default.</summary>
public static class FormWidgets
{
    private static readonly Dictionary<string, string[]> ByType = new(StringComparer.Ordinal)
    {
        [FieldTypeNames.Text] = ["text", "textarea", "password"],
        [FieldTypeNames.LongText] = ["textarea", "text"],
        [FieldTypeNames.Email] = ["email", "text"],
        [FieldTypeNames.Phone] = ["text"],
        [FieldTypeNames.Url] = ["uri", "text"],
        [FieldTypeNames.Number] = ["updown", "text"],
        [FieldTypeNames.Currency] = ["updown", "text"],
        [FieldTypeNames.Percent] = ["updown", "text"],
        [FieldTypeNames.Boolean] = ["checkbox", "switch"],
        [FieldTypeNames.Date] = ["date"],
        [FieldTypeNames.DateTime] = ["date-time"],
        [FieldTypeNames.Select] = ["select", "radio"],
        [FieldTypeNames.Stage] = ["select", "radio"],
        [FieldTypeNames.MultiSelect] = ["checkboxes", "select"],
        [FieldTypeNames.Rating] = ["rating", "updown"],
        [FieldTypeNames.User] = ["user"],
        [FieldTypeNames.Relation] = ["relation"],
    };

    public static string? Default(string fieldType) => ByType.GetValueOrDefault(fieldType)?[0];

    public static IReadOnlyList<string> Allowed(string fieldType) => ByType.GetValueOrDefault(fieldType) ?? [];
}
