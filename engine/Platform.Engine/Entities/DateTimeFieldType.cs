using System.Globalization;
using System.Text.Json;
using Platform.Engine.Common;

namespace Platform.Engine.Entities;

/// <summary>An instant, accepted with any offset and stored as UTC text (see <see cref="Timestamps"/>).</summary>
internal sealed class DateTimeFieldType : FieldType
{
    public override string Name => FieldTypeNames.DateTime;

    protected override ParsedValue ParseValue(JsonElement value, FieldDefinition field, bool lenient)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
        if (text is null)
        {
            return ParsedValue.Fail(Texts.Get("value.datetime"));
        }
        if (lenient && text.Length == 0)
        {
            return ParsedValue.Empty;
        }
        // Without an offset a time is ambiguous, so a write must carry one; a conversion of a plain date
        // takes midnight UTC.
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || HasNumericOffset(text);
        if ((hasOffset || lenient) && text.Contains('T', StringComparison.OrdinalIgnoreCase)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return ParsedValue.Of(Timestamps.Format(instant));
        }
        if (lenient && DateOnly.TryParseExact(text, DateFieldType.Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return ParsedValue.Of(Timestamps.Format(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
        }
        return ParsedValue.Fail(Texts.Get("value.datetime"));
    }

    private static bool HasNumericOffset(string text)
    {
        var t = text.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        if (t < 0)
        {
            return false;
        }
        var time = text[t..];
        return time.Contains('+', StringComparison.Ordinal) || time.Contains('-', StringComparison.Ordinal);
    }
}
