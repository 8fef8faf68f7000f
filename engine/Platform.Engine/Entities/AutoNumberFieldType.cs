using System.Text.Json;
using Platform.Engine.Common;

namespace Platform.Engine.Entities;

/// <summary>A code the engine assigns on create from the field's pattern; read-only for writers.</summary>
internal sealed class AutoNumberFieldType : FieldType
{
    public override string Name => FieldTypeNames.AutoNumber;

    public override bool Searchable => true;

    public override bool Computed => true;

    public override void ValidateSettings(FieldDefinition field, Action<string, string> error)
    {
        if (!AutoNumberPattern.TryParse(field.Pattern ?? AutoNumberPattern.Default, out _))
        {
            error("pattern", Texts.Get("field.pattern.invalid"));
        }
    }

    // Values only ever come from the engine; parsing accepts its own text back (for conversions).
    protected override ParsedValue ParseValue(JsonElement value, FieldDefinition field, bool lenient) =>
        value.ValueKind == JsonValueKind.String ? ParsedValue.Of(value.GetString()) : ParsedValue.Fail(Texts.Get("value.readOnly"));
}
