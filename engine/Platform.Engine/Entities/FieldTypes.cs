using Platform.Engine.Common;

namespace Platform.Engine.Entities;

/// <summary>Every field type by name.</summary>
public static class FieldTypes
{
    private static readonly Dictionary<string, FieldType> ByName = new FieldType[]
    {
        new TextFieldType(FieldTypeNames.Text, 1_000),
        new TextFieldType(FieldTypeNames.LongText, 100_000),
        new NumberFieldType(FieldTypeNames.Number, 0),
        new NumberFieldType(FieldTypeNames.Currency, 2),
        new NumberFieldType(FieldTypeNames.Percent, 2),
        new BooleanFieldType(),
        new DateFieldType(),
        new DateTimeFieldType(),
        new SelectFieldType(),
        new MultiSelectFieldType(),
        new TextFieldType(FieldTypeNames.Email, 254, TextFieldType.IsEmail, "value.email"),
        new TextFieldType(FieldTypeNames.Phone, 40, TextFieldType.IsPhone, "value.phone"),
        new TextFieldType(FieldTypeNames.Url, 2_048, TextFieldType.IsUrl, "value.url"),
        new ReferenceFieldType(FieldTypeNames.User),
        new ReferenceFieldType(FieldTypeNames.Relation),
        new AutoNumberFieldType(),
        new RatingFieldType(),
        new FormulaFieldType(),
        new StageFieldType(),
        new RollupFieldType(),
    }.ToDictionary(t => t.Name, StringComparer.Ordinal);

    public static IEnumerable<string> Names => ByName.Keys;

    public static FieldType? Find(string? name) => name is not null && ByName.TryGetValue(name, out var type) ? type : null;

    public static FieldType Of(FieldDefinition field) =>
        Find(field.Type) ?? throw new InvalidOperationException(Texts.Get("field.unknownType", field.Type));
}
