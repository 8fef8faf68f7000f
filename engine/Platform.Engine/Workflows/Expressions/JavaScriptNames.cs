using System.Globalization;
using System.Text;

namespace Platform.Engine.Workflows.Expressions;

/// <summary>How Elsa names its accessors: <c>get</c> + the PascalCase name (<c>leadScore</c> and <c>lead_score</c> both give <c>getLeadScore</c>).</summary>
internal static class JavaScriptNames
{
    /// <summary>A name a script can write as it is: a letter, <c>_</c> or <c>$</c>, then letters, digits, <c>_</c> or <c>$</c> (Chinese letters too).</summary>
    public static bool IsIdentifier(string? name)
    {
        if (string.IsNullOrEmpty(name) || !(char.IsLetter(name[0]) || name[0] is '_' or '$'))
        {
            return false;
        }
        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '$'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Upper-cases the first letter and each letter after <c>_</c> or a space, dropping those (as Elsa's Humanizer does).</summary>
    public static string Pascal(string name)
    {
        var result = new StringBuilder(name.Length);
        var upper = true;
        foreach (var c in name)
        {
            if (c is '_' or ' ')
            {
                upper = true;
                continue;
            }
            result.Append(upper ? char.ToUpper(c, CultureInfo.InvariantCulture) : c);
            upper = false;
        }
        return result.ToString();
    }
}
