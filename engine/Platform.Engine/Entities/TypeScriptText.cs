using System.Globalization;
using System.Text;

namespace Platform.Engine.Entities;

/// <summary>
/// Pieces of TypeScript written from definitions. Slugs are already safe identifiers; labels and option
/// values are text a person typed, so they are escaped for the place they go.
/// </summary>
internal static class TypeScriptText
{
    /// <summary><c>lead_source</c> → <c>LeadSource</c>.</summary>
    public static string Pascal(string slug)
    {
        var name = new StringBuilder(slug.Length);
        foreach (var part in slug.Split('_', StringSplitOptions.RemoveEmptyEntries))
        {
            name.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
        }
        return name.ToString();
    }

    /// <summary>A single-quoted string literal holding exactly <paramref name="value"/>.</summary>
    public static string Literal(string value)
    {
        var literal = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            literal.Append(c switch
            {
                '\\' => @"\\",
                '\'' => @"\'",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                // Line and paragraph separators end a line in older parsers; control characters are invisible.
                _ when c < ' ' || c == '\u2028' || c == '\u2029' || c == '\u007f' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return literal.Append('\'').ToString();
    }

    /// <summary>Text for inside a <c>/** … */</c> comment: on one line, never closing the comment early.</summary>
    public static string Comment(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n', '\u2028', '\u2029'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Replace("*/", "*\\/", StringComparison.Ordinal);
    }

    /// <summary><c>a | b | c</c> of the literals of <paramref name="values"/>, or <paramref name="fallback"/> when there are none.</summary>
    public static string Union(IEnumerable<string> values, string fallback)
    {
        var literals = values.Distinct(StringComparer.Ordinal).Select(Literal).ToList();
        return literals.Count == 0 ? fallback : string.Join(" | ", literals);
    }
}
