using System.Globalization;

namespace Platform.Engine.Common;

/// <summary>The two languages every text exists in, and picking a text for the current one.</summary>
public static class Languages
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    /// <summary>The language of the current request (zh-CN unless the UI culture is English).</summary>
    public static string Current =>
        CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Chinese;

    /// <summary>The text in <paramref name="language"/>, else in the other language, else null.</summary>
    public static string? Pick(IReadOnlyDictionary<string, string>? texts, string language)
    {
        if (texts is null)
        {
            return null;
        }
        if (texts.TryGetValue(language, out var text) && !string.IsNullOrWhiteSpace(text))
        {
            return text;
        }
        return texts.Values.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
    }
}
