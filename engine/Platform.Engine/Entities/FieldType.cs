using System.Text.Json;
using Platform.Engine.Storage;

namespace Platform.Engine.Entities;

/// <summary>
/// What a field type means: how its value is stored, checked and shown, and which settings it takes.
/// One subclass per family of types; <see cref="FieldTypes"/> holds the instances.
/// </summary>
public abstract class FieldType
{
    public abstract string Name { get; }

    public virtual ColumnType Column(FieldDefinition field) => ColumnType.Text;

    /// <summary>Included in full-text search.</summary>
    public virtual bool Searchable => false;

    /// <summary>Values come from the engine (codes, formulas), never from a record body or a form.</summary>
    public virtual bool Computed => false;

    /// <summary>Allows lt/gt/between and sorting by value.</summary>
    public virtual bool Ordered => true;

    /// <summary>Checks the type's own settings (options, precision…); adds errors keyed by property name.</summary>
    public virtual void ValidateSettings(FieldDefinition field, Action<string, string> error)
    {
    }

    /// <summary>
    /// Turns a JSON value into its stored form. <paramref name="lenient"/> is for converting existing data
    /// and filter values: text such as "12" may then become a number, but nothing is ever lost silently.
    /// </summary>
    public ParsedValue Parse(JsonElement value, FieldDefinition field, bool lenient) =>
        value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined
            ? ParsedValue.Empty
            : ParseValue(value, field, lenient);

    protected abstract ParsedValue ParseValue(JsonElement value, FieldDefinition field, bool lenient);

    /// <summary>The field as its values are stored and compared (a formula: as its result type).</summary>
    public virtual FieldDefinition Stored(FieldDefinition field) => field;

    /// <summary>The stored value as it goes out in JSON.</summary>
    public virtual object? ToJson(object? stored, FieldDefinition field) => stored;

    /// <summary>The value as JSON again, so it can be re-parsed by another type during a conversion.</summary>
    public JsonElement ToElement(object? stored, FieldDefinition field) =>
        JsonSerializer.SerializeToElement(ToJson(stored, field));

    protected static string? AsText(JsonElement value, bool lenient) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False when lenient => value.GetRawText(),
        _ => null,
    };
}
