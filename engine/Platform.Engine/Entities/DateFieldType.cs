using System.Globalization;
using System.Text.Json;
using Platform.Engine.Common;

namespace Platform.Engine.Entities;

/// <summary>A calendar date, stored as <c>yyyy-MM-dd</c> text so that text order is date order.</summary>
internal sealed class DateFieldType : FieldType
{
    public const string Format = "yyyy-MM-dd";

    public override string Name => FieldTypeNames.Date;

    protected override ParsedValue ParseValue(JsonElement value, FieldDefinition field, bool lenient)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
        if (text is null)
        {
            return ParsedValue.Fail(Texts.Get("value.date"));
        }
        if (lenient && text.Length == 0)
        {
            return ParsedValue.Empty;
        }
        if (DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return ParsedValue.Of(date.ToString(Format, CultureInfo.InvariantCulture));
        }
        // Converting a date-time keeps its calendar day as written, in its own offset.
        if (lenient && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return ParsedValue.Of(DateOnly.FromDateTime(instant.DateTime).ToString(Format, CultureInfo.InvariantCulture));
        }
        return ParsedValue.Fail(Texts.Get("value.date"));
    }
}
