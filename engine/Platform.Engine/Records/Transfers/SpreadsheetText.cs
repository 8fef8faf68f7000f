namespace Platform.Engine.Records.Transfers;

/// <summary>
/// Spreadsheet programs run a CSV cell that starts with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> as a
/// formula, so a record's text could run in the reader's Excel (OWASP "CSV injection"). Such text is
/// written with a leading apostrophe, which Excel shows as plain text; an import takes it off again.
/// A number such as <c>-12</c> or a phone number such as <c>+86 21 6000 0000</c> is left alone.
/// </summary>
internal static class SpreadsheetText
{
    public static string Guard(string text) => LooksLikeFormula(text) ? "'" + text : text;

    public static string Unguard(string text) => text.Length > 1 && text[0] == '\'' && LooksLikeFormula(text[1..]) ? text[1..] : text;

    private static bool LooksLikeFormula(string text) =>
        text.Length > 0 && text[0] switch
        {
            '=' or '@' or '\t' or '\r' => true,
            '+' or '-' => text.Length > 1 && !char.IsAsciiDigit(text[1]) && text[1] != ' ' && text[1] != '.',
            _ => false,
        };
}
