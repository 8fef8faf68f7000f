using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Engine.Common;

namespace Platform.Engine.Entities;

/// <summary>Text-like types: text, long text, email, phone and url differ only in length and shape.</summary>
internal sealed partial class TextFieldType(string name, int maxLength, Func<string, bool>? shape = null, string? shapeError = null)
    : FieldType
{
    public override string Name => name;

    public override bool Searchable => true;

    public int Limit => maxLength;

    public override void ValidateSettings(FieldDefinition field, Action<string, string> error)
    {
        if (field.MaxLength is { } max && (max < 1 || max > maxLength))
        {
            error("maxLength", Texts.Get("field.maxLength.range", maxLength));
        }
    }

    protected override ParsedValue ParseValue(JsonElement value, FieldDefinition field, bool lenient)
    {
        var text = AsText(value, lenient);
        if (text is null)
        {
            return ParsedValue.Fail(Texts.Get("value.text"));
        }
        if (text.Length == 0)
        {
            return ParsedValue.Empty;
        }
        var limit = field.MaxLength ?? maxLength;
        if (text.Length > limit)
        {
            return ParsedValue.Fail(Texts.Get("value.tooLong", limit));
        }
        if (shape is not null && !shape(text))
        {
            return ParsedValue.Fail(Texts.Get(shapeError!));
        }
        return ParsedValue.Of(text);
    }

    public static bool IsEmail(string text) => text.Length <= 254 && EmailPattern().IsMatch(text);

    public static bool IsPhone(string text) => PhonePattern().IsMatch(text);

    public static bool IsUrl(string text) =>
        text.Length <= 2048 && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    // International or local numbers with common separators: +86 138 0000 0000, (021) 6000-0000, 13800000000.
    [GeneratedRegex(@"^\+?[0-9(][0-9 ()\-]{4,30}[0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
