using System.Text.Json;
using Platform.Engine.Common;

namespace Platform.Engine.Entities;

/// <summary>Tags: several option values, stored as a JSON array text in one column.</summary>
internal sealed class MultiSelectFieldType : FieldType
{
    private static readonly char[] Separators = [',', ';', '，', '；', '、', '|'];

    public override string Name => FieldTypeNames.MultiSelect;

    public override bool Ordered => false;

    public override void ValidateSettings(FieldDefinition field, Action<string, string> error) =>
        SelectFieldType.ValidateOptions(field, error);

    protected override ParsedValue ParseValue(JsonElement value, FieldDefinition field, bool lenient)
    {
        IEnumerable<string?> items;
        if (value.ValueKind == JsonValueKind.Array)
        {
            items = value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null);
        }
        else if (lenient && value.ValueKind == JsonValueKind.String)
        {
            items = value.GetString()!.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        else
        {
            return ParsedValue.Fail(Texts.Get("value.options"));
        }
        var chosen = new List<string>();
        foreach (var item in items)
        {
            if (item is null)
            {
                return ParsedValue.Fail(Texts.Get("value.options"));
            }
            var option = SelectFieldType.Match(field, item, lenient);
            if (option is null)
            {
                return ParsedValue.Fail(Texts.Get("value.option", item));
            }
            if (!chosen.Contains(option.Value))
            {
                chosen.Add(option.Value);
            }
        }
        return chosen.Count == 0 ? ParsedValue.Empty : ParsedValue.Of(JsonSerializer.Serialize(chosen));
    }

    public override object? ToJson(object? stored, FieldDefinition field) =>
        stored is string json ? JsonSerializer.Deserialize<string[]>(json) : null;
}
