using System.Globalization;
using Platform.Engine.Entities;

namespace Platform.Engine.Records.Transfers;

/// <summary>A field's label in the caller's language, falling back to the other language, then the slug.</summary>
internal static class FieldLabels
{
    public static string Of(FieldDefinition field) => In(field.Label, field.Slug);

    public static string In(IReadOnlyDictionary<string, string> labels, string fallback)
    {
        var english = CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        return labels.GetValueOrDefault(english ? "en" : "zh-CN") is { Length: > 0 } label ? label
            : labels.GetValueOrDefault(english ? "zh-CN" : "en") is { Length: > 0 } other ? other
            : labels.Values.FirstOrDefault(l => l.Length > 0) ?? fallback;
    }
}
