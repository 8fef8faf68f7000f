using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Scripting;
using Platform.Engine.Storage;

namespace Platform.Engine.Entities;

/// <summary>
/// A value a script computes from the rest of the record on every write, stored in a real column of its
/// result type so it can be filtered, sorted and indexed like any other. Storage, checks and output are
/// those of the result type; only where the value comes from differs.
/// </summary>
public sealed class FormulaFieldType : FieldType
{
    public const int MaxFormulaLength = 20_000;

    /// <summary>Result types and the field type each is stored as.</summary>
    public static readonly string[] ResultTypes = [FieldTypeNames.Number, FieldTypeNames.Text, FieldTypeNames.Boolean, FieldTypeNames.Date, FieldTypeNames.DateTime];

    /// <summary>Decimals a number formula keeps when the field sets none: a formula's result is rarely whole.</summary>
    private const int DefaultPrecision = 2;

    public override string Name => FieldTypeNames.Formula;

    public override bool Computed => true;

    public override ColumnType Column(FieldDefinition field) => Inner(field, out var stored).Column(stored);

    public override void ValidateSettings(FieldDefinition field, Action<string, string> error)
    {
        if (!ResultTypes.Contains(field.ResultType))
        {
            error("resultType", Texts.Get("formula.resultType", string.Join(", ", ResultTypes)));
        }
        else
        {
            Inner(field, out var stored).ValidateSettings(stored, error);
        }
        if (string.IsNullOrWhiteSpace(field.Formula))
        {
            error("formula", Texts.Get("formula.required"));
        }
        else if (field.Formula.Length > MaxFormulaLength)
        {
            error("formula", Texts.Get("script.tooLong", MaxFormulaLength));
        }
        else if (ScriptSandbox.CheckSyntax(field.Formula) is { } syntax)
        {
            error("formula", Texts.Get("script.at", syntax.Line, syntax.Column, syntax.Message));
        }
        if (field.Required || field.Unique || field.Default is { ValueKind: not JsonValueKind.Null })
        {
            error("formula", Texts.Get("formula.flags"));
        }
    }

    /// <summary>Accepts values of the result type: a formula's result, or an existing value being converted.</summary>
    protected override ParsedValue ParseValue(JsonElement value, FieldDefinition field, bool lenient) =>
        Inner(field, out var stored).Parse(value, stored, lenient);

    public override object? ToJson(object? stored, FieldDefinition field) => Inner(field, out var inner).ToJson(stored, inner);

    public override FieldDefinition Stored(FieldDefinition field)
    {
        Inner(field, out var stored);
        return stored;
    }

    /// <summary>
    /// A script's result in stored form: numbers rounded to the field's decimals, a date-time taken as its
    /// local date for a date result, anything else converted as an import would convert it.
    /// </summary>
    public static ParsedValue Store(FieldDefinition field, JsonElement result, TimeZoneInfo zone)
    {
        var type = Inner(field, out var stored);
        if (result.ValueKind == JsonValueKind.Number && stored.Type == FieldTypeNames.Number && result.TryGetDecimal(out var number))
        {
            result = JsonSerializer.SerializeToElement(decimal.Round(number, stored.Precision ?? DefaultPrecision, MidpointRounding.AwayFromZero));
        }
        else if (result.ValueKind == JsonValueKind.String && stored.Type == FieldTypeNames.Date && result.GetString()!.Length > 10
            && DateTimeOffset.TryParse(result.GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var instant))
        {
            result = JsonSerializer.SerializeToElement(TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        return type.Parse(result, stored, lenient: true);
    }

    /// <summary>The field as its result type stores it.</summary>
    public static FieldType Inner(FieldDefinition field, out FieldDefinition stored)
    {
        var type = ResultTypes.Contains(field.ResultType) ? field.ResultType! : FieldTypeNames.Number;
        stored = field with { Type = type, Precision = type == FieldTypeNames.Number ? field.Precision ?? DefaultPrecision : null };
        return FieldTypes.Find(type)!;
    }
}
