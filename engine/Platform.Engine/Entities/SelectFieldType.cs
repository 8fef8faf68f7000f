using System.Text.Json;
using Platform.Engine.Common;

namespace Platform.Engine.Entities;

/// <summary>One value out of the field's options. Conversions also accept an option's label.</summary>
internal sealed class SelectFieldType : FieldType
{
    public override string Name => FieldTypeNames.Select;

    public override void ValidateSettings(FieldDefinition field, Action<string, string> error) =>
        ValidateOptions(field, error);

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
        var option = Match(field, text, lenient);
        return option is null ? ParsedValue.Fail(Texts.Get("value.option", text)) : ParsedValue.Of(option.Value);
    }

    internal static FieldOption? Match(FieldDefinition field, string text, bool lenient)
    {
        var options = field.Options ?? [];
        var exact = options.Find(o => o.Value == text);
        if (exact is not null || !lenient)
        {
            return exact;
        }
        var trimmed = text.Trim();
        return options.Find(o => string.Equals(o.Value, trimmed, StringComparison.OrdinalIgnoreCase)
            || o.Label.Values.Any(l => string.Equals(l, trimmed, StringComparison.OrdinalIgnoreCase)));
    }

    internal static void ValidateOptions(FieldDefinition field, Action<string, string> error)
    {
        if (field.Options is null || field.Options.Count == 0)
        {
            error("options", Texts.Get("field.options.required"));
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < field.Options.Count; i++)
        {
            var option = field.Options[i];
            if (string.IsNullOrWhiteSpace(option.Value) || option.Value.Length > 200)
            {
                error($"options[{i}].value", Texts.Get("value.required"));
            }
            else if (!seen.Add(option.Value))
            {
                error($"options[{i}].value", Texts.Get("field.options.duplicate", option.Value));
            }
        }
    }
}
