using System.Globalization;
using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Entities;

/// <summary>
/// Number, currency and percent. Whole numbers are stored as INTEGER; decimals as REAL rounded to the
/// field's precision (fifteen significant digits, ample for amounts below a trillion with cents).
/// </summary>
internal sealed class NumberFieldType(string name, int defaultPrecision) : FieldType
{
    private const decimal Largest = 999_999_999_999_999m;

    public override string Name => name;

    public int PrecisionOf(FieldDefinition field) => field.Precision ?? defaultPrecision;

    public override ColumnType Column(FieldDefinition field) =>
        PrecisionOf(field) == 0 ? ColumnType.Integer : ColumnType.Real;

    public override void ValidateSettings(FieldDefinition field, Action<string, string> error)
    {
        if (field.Precision is < 0 or > 10)
        {
            error("precision", Texts.Get("field.precision.range"));
        }
    }

    protected override ParsedValue ParseValue(JsonElement value, FieldDefinition field, bool lenient)
    {
        decimal number;
        if (value.ValueKind == JsonValueKind.Number)
        {
            if (!value.TryGetDecimal(out number))
            {
                return ParsedValue.Fail(Texts.Get("value.numberRange"));
            }
        }
        else if (lenient && value.ValueKind == JsonValueKind.String
            && decimal.TryParse(value.GetString()!.Replace(",", "", StringComparison.Ordinal).Trim(),
                NumberStyles.Number, CultureInfo.InvariantCulture, out number))
        {
        }
        else if (lenient && value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString()))
        {
            return ParsedValue.Empty;
        }
        else
        {
            return ParsedValue.Fail(Texts.Get("value.number"));
        }
        if (Math.Abs(number) > Largest)
        {
            return ParsedValue.Fail(Texts.Get("value.numberRange"));
        }
        var precision = PrecisionOf(field);
        if (decimal.Round(number, precision) != number)
        {
            return ParsedValue.Fail(precision == 0 ? Texts.Get("value.integer") : Texts.Get("value.precision", precision));
        }
        return ParsedValue.Of(precision == 0 ? (object)(long)number : (double)number);
    }

    public override object? ToJson(object? stored, FieldDefinition field) => stored switch
    {
        null => null,
        long whole when PrecisionOf(field) == 0 => whole,
        double real => decimal.Round((decimal)real, PrecisionOf(field)),
        long whole => (decimal)whole,
        _ => stored,
    };
}
