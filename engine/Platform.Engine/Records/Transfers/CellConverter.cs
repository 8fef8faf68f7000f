using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Records.Transfers;

/// <summary>
/// Turns one cell into the value a record body carries for its field: text, a number, true/false, an
/// ISO date or instant, option values, or an id. What the field then requires of the value (length,
/// shape, precision, range) is checked by the record write itself, with its own messages.
/// </summary>
internal sealed class CellConverter(ReferenceLookup references, TimeZoneInfo zone)
{
    private static readonly char[] ListSeparators = [',', '，', ';', '；', '、', '|'];

    public async ValueTask<ParsedValue> ConvertAsync(FieldDefinition field, object? cell, CancellationToken ct)
    {
        if (cell is null || (cell is string text && string.IsNullOrWhiteSpace(text)))
        {
            return ParsedValue.Empty;
        }
        return field.Type switch
        {
            FieldTypeNames.Number or FieldTypeNames.Currency => Whole(CellParsers.Number(cell, percent: false)),
            FieldTypeNames.Percent => Whole(CellParsers.Number(cell, percent: true)),
            FieldTypeNames.Rating => Rating(cell),
            FieldTypeNames.Boolean => CellParsers.Boolean(cell),
            FieldTypeNames.Date => CellParsers.Date(cell),
            FieldTypeNames.DateTime => CellParsers.DateTime(cell, zone),
            FieldTypeNames.Select => Option(field, Trimmed(cell)),
            FieldTypeNames.MultiSelect => Options(field, Trimmed(cell)),
            FieldTypeNames.User => references.User(Trimmed(cell)),
            FieldTypeNames.Relation => await references.RecordAsync(field, Trimmed(cell), ct),
            _ => ParsedValue.Of(Trimmed(cell)),
        };
    }

    private static string Trimmed(object cell) => SpreadsheetText.Unguard(CellText.Of(cell)!.Trim());

    /// <summary>Whole numbers go out as integers: integer-only fields read "4.0" as a fraction.</summary>
    private static ParsedValue Whole(ParsedValue number) =>
        number.Stored is decimal value && value == decimal.Truncate(value) && Math.Abs(value) <= long.MaxValue
            ? ParsedValue.Of((long)value)
            : number;

    private static ParsedValue Rating(object cell)
    {
        var number = Whole(CellParsers.Number(cell, percent: false));
        return number.Stored is decimal ? ParsedValue.Fail(Texts.Get("value.integer")) : number;
    }

    private static ParsedValue Option(FieldDefinition field, string text) =>
        SelectFieldType.Match(field, text, lenient: true) is { } option
            ? ParsedValue.Of(option.Value)
            : ParsedValue.Fail(Texts.Get("value.option", text));

    private static ParsedValue Options(FieldDefinition field, string text)
    {
        // A label may itself hold a separator ("Retail, online"); a whole match wins over splitting.
        if (SelectFieldType.Match(field, text, lenient: true) is { } whole)
        {
            return ParsedValue.Of(new[] { whole.Value });
        }
        var chosen = new List<string>();
        foreach (var item in text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (SelectFieldType.Match(field, item, lenient: true) is not { } option)
            {
                return ParsedValue.Fail(Texts.Get("value.option", item));
            }
            if (!chosen.Contains(option.Value))
            {
                chosen.Add(option.Value);
            }
        }
        return chosen.Count == 0 ? ParsedValue.Empty : ParsedValue.Of(chosen.ToArray());
    }
}
