using System.Globalization;
using System.Text;

namespace Platform.Engine.Records.Transfers;

/// <summary>Cells as text: how a workbook value reads, and full-width characters made plain.</summary>
internal static class CellText
{
    /// <summary>The cell as a person would type it; null for an empty cell.</summary>
    public static string? Of(object? cell) => cell switch
    {
        null => null,
        string text => text,
        double number => Number(number),
        DateTime { TimeOfDay.Ticks: 0 } date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime instant => instant.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// A workbook number without binary noise: 0.1 + 0.2 is stored as 0.30000000000000004, and a person
    /// typed 0.3. Decimal conversion keeps fifteen significant digits, as Excel shows them.
    /// </summary>
    public static string Number(double number) =>
        double.IsFinite(number) && Math.Abs(number) < 7.9e27
            ? ((decimal)number).ToString(CultureInfo.InvariantCulture)
            : number.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// Full-width letters, digits and signs (“１２３，４５”, “％”, the ideographic space) as their ASCII
    /// forms, which Chinese input methods produce in numbers and dates.
    /// </summary>
    public static string Narrow(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u3000', '\uFFEF'))
        {
            return text;
        }
        var narrow = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            narrow.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                '\uFFE5' => '¥',
                _ => c,
            });
        }
        return narrow.ToString();
    }
}
