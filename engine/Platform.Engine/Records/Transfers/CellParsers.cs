using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Records.Transfers;

/// <summary>
/// Reads numbers, dates, date-times and yes/no from cells as people write them in spreadsheets. Lenient
/// about form, never about meaning: "1,23" is refused rather than read as 123, and a date with a time of
/// day is refused for a date field rather than cut.
/// </summary>
internal static partial class CellParsers
{
    private static readonly string[] CurrencyMarks = ["CNY", "RMB", "USD", "EUR", "US$", "¥", "$", "€", "£", "元"];
    private static readonly string[] TrueWords = ["true", "yes", "y", "1", "是", "对", "真", "√", "✓", "✔"];
    private static readonly string[] FalseWords = ["false", "no", "n", "0", "否", "错", "假", "×", "✗", "✘"];

    // Excel's serial day numbers: 1 is 1900-01-01; 2958465 is 9999-12-31.
    private const double LastSerial = 2_958_465;

    public static ParsedValue Number(object? cell, bool percent)
    {
        if (cell is double number)
        {
            return double.IsFinite(number) && Math.Abs(number) < 1e15 ? ParsedValue.Of((decimal)number) : Fail("import.number", number);
        }
        var raw = CellText.Of(cell)!;
        var text = CellText.Narrow(raw).Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\u2009', ' ').Trim();
        var negative = text.StartsWith('(') && text.EndsWith(')');
        text = negative ? text[1..^1].Trim() : text;
        if (text.EndsWith('%'))
        {
            if (!percent)
            {
                return Fail("import.percent", raw);
            }
            text = text[..^1].TrimEnd();
        }
        text = WithoutCurrency(text);
        var sign = text.StartsWith('-') || text.StartsWith('+') ? text[..1] : "";
        var digits = text[sign.Length..].Trim();
        if (digits.Contains(',') || digits.Contains(' '))
        {
            // Separators must group thousands; anything else ("1,23", a decimal comma) is not guessed at.
            if (!Grouped().IsMatch(digits))
            {
                return Fail("import.number", raw);
            }
            digits = digits.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        }
        if (!decimal.TryParse(sign + digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out var value))
        {
            return Fail("import.number", raw);
        }
        return ParsedValue.Of(negative ? -value : value);
    }

    public static ParsedValue Boolean(object? cell)
    {
        switch (cell)
        {
            case bool flag:
                return ParsedValue.Of(flag);
            case double number when number is 0 or 1:
                return ParsedValue.Of(number == 1);
        }
        var word = CellText.Narrow(CellText.Of(cell)!).Trim().ToLowerInvariant();
        return TrueWords.Contains(word) ? ParsedValue.Of(true)
            : FalseWords.Contains(word) ? ParsedValue.Of(false)
            : Fail("import.boolean", CellText.Of(cell));
    }

    /// <summary>A calendar date as <c>yyyy-MM-dd</c>.</summary>
    public static ParsedValue Date(object? cell)
    {
        var local = LocalDateTime(cell, out var offset);
        if (local is not { } value || offset is not null || value.TimeOfDay != TimeSpan.Zero)
        {
            return Fail("import.date", CellText.Of(cell));
        }
        return ParsedValue.Of(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// An instant as stored text. A time without an offset is a wall-clock time in <paramref name="zone"/>
    /// (the platform's time zone): that is what the person who typed it meant.
    /// </summary>
    public static ParsedValue DateTime(object? cell, TimeZoneInfo zone)
    {
        var local = LocalDateTime(cell, out var offset);
        if (local is not { } value)
        {
            return Fail("import.datetime", CellText.Of(cell));
        }
        if (offset is { } given)
        {
            return ParsedValue.Of(Timestamps.Format(new DateTimeOffset(value, given)));
        }
        if (zone.IsInvalidTime(value))
        {
            return Fail("import.datetime", CellText.Of(cell));
        }
        return ParsedValue.Of(Timestamps.Format(TimeZoneInfo.ConvertTimeToUtc(value, zone)));
    }

    /// <summary>The wall-clock date and time a cell holds, with its offset when it states one.</summary>
    private static System.DateTime? LocalDateTime(object? cell, out TimeSpan? offset)
    {
        offset = null;
        switch (cell)
        {
            case System.DateTime value:
                return System.DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
            case double serial:
                return Serial(serial);
        }
        var text = CellText.Narrow(CellText.Of(cell)!).Trim();
        if (CompactDate().Match(text) is { Success: true } compact)
        {
            return Calendar(compact.Groups["y"].Value, compact.Groups["m"].Value, compact.Groups["d"].Value, null);
        }
        if (text.Length is > 0 and <= 5 && double.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var typedSerial))
        {
            return Serial(typedSerial);
        }
        var match = WrittenDate().Match(text);
        if (!match.Success)
        {
            return null;
        }
        if (match.Groups["offset"].Success)
        {
            var zone = match.Groups["offset"].Value;
            offset = zone is "Z" or "z" ? TimeSpan.Zero
                : TimeSpan.TryParseExact(zone[1..].Replace(":", "", StringComparison.Ordinal), "hhmm", CultureInfo.InvariantCulture, out var span)
                    ? (zone[0] == '-' ? -span : span)
                    : null;
            if (offset is null)
            {
                return null;
            }
        }
        return Calendar(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, match.Groups["time"].Success ? match.Groups["time"].Value : null);
    }

    private static System.DateTime? Calendar(string year, string month, string day, string? time)
    {
        if (!DateOnly.TryParseExact($"{year}-{month.PadLeft(2, '0')}-{day.PadLeft(2, '0')}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }
        if (time is null)
        {
            return date.ToDateTime(TimeOnly.MinValue);
        }
        string[] formats = ["H:mm", "H:mm:ss", "H:mm:ss.FFFFFFF"];
        return TimeOnly.TryParseExact(time, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock)
            ? date.ToDateTime(clock)
            : null;
    }

    private static System.DateTime? Serial(double serial) =>
        serial is >= 1 and <= LastSerial ? System.DateTime.FromOADate(serial) : null;

    private static string WithoutCurrency(string text)
    {
        foreach (var mark in CurrencyMarks)
        {
            if (text.StartsWith(mark, StringComparison.OrdinalIgnoreCase))
            {
                return text[mark.Length..].Trim();
            }
            if (text.EndsWith(mark, StringComparison.OrdinalIgnoreCase))
            {
                return text[..^mark.Length].Trim();
            }
        }
        return text;
    }

    private static ParsedValue Fail(string key, object? value) => ParsedValue.Fail(Texts.Get(key, value));

    [GeneratedRegex(@"^[0-9]{1,3}([, ][0-9]{3})*(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Grouped();

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?<m>[0-9]{2})(?<d>[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactDate();

    // 2026-06-15, 2026/6/15, 2026.6.15, 2026年6月15日, each optionally followed by a time (after a space
    // or a T) and an offset: 2026-06-15T09:30:00+08:00, 2026/6/15 9:30.
    [GeneratedRegex(@"^(?<y>[0-9]{4})\s*[-/.年]\s*(?<m>[0-9]{1,2})\s*[-/.月]\s*(?<d>[0-9]{1,2})\s*日?(?:(?:\s+|T)(?<time>[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,7})?)?)\s*(?<offset>Z|[+-][0-9]{2}:?[0-9]{2})?)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WrittenDate();
}
