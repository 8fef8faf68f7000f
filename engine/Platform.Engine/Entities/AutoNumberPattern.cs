using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Engine.Entities;

/// <summary>
/// A code pattern such as <c>L-{yyyy}-{0000}</c>: literal text, date parts ({yyyy} {yy} {MM} {dd}) and one
/// counter written as a run of zeros giving its minimum width. The counter restarts whenever the date
/// parts render differently (a new year for {yyyy}), which is what people expect of such codes.
/// </summary>
public sealed partial class AutoNumberPattern
{
    public const string Default = "{0000}";

    private readonly List<string> _parts;

    private AutoNumberPattern(List<string> parts) => _parts = parts;

    public static bool TryParse(string pattern, out AutoNumberPattern parsed)
    {
        parsed = null!;
        if (pattern.Length is 0 or > 100)
        {
            return false;
        }
        var parts = new List<string>();
        var counters = 0;
        var position = 0;
        foreach (Match match in TokenPattern().Matches(pattern))
        {
            parts.Add(pattern[position..match.Index]);
            var token = match.Groups[1].Value;
            if (token.All(c => c == '0'))
            {
                counters++;
            }
            else if (token is not ("yyyy" or "yy" or "MM" or "dd"))
            {
                return false;
            }
            parts.Add("{" + token + "}");
            position = match.Index + match.Length;
        }
        parts.Add(pattern[position..]);
        if (counters != 1 || parts.Any(p => !p.StartsWith('{') && (p.Contains('{') || p.Contains('}'))))
        {
            return false;
        }
        parsed = new AutoNumberPattern(parts);
        return true;
    }

    /// <summary>The date parts alone; codes sharing it share a counter.</summary>
    public string PeriodKey(DateOnly date) => Render(date, counter: null);

    public string Format(DateOnly date, long counter) => Render(date, counter);

    private string Render(DateOnly date, long? counter)
    {
        var text = new StringBuilder();
        foreach (var part in _parts)
        {
            if (!part.StartsWith('{'))
            {
                text.Append(counter is null ? "" : part);
                continue;
            }
            var token = part[1..^1];
            if (token[0] == '0')
            {
                text.Append(counter?.ToString(new string('0', token.Length), CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(date.ToString(token, CultureInfo.InvariantCulture));
                if (counter is null)
                {
                    text.Append('/');
                }
            }
        }
        return text.ToString();
    }

    [GeneratedRegex(@"\{([A-Za-z0]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
