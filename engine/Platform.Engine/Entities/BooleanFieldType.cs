using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Entities;

internal sealed class BooleanFieldType : FieldType
{
    private static readonly string[] TrueWords = ["true", "1", "yes", "y", "是", "对"];
    private static readonly string[] FalseWords = ["false", "0", "no", "n", "否", "错"];

    public override string Name => FieldTypeNames.Boolean;

    public override bool Ordered => false;

    public override ColumnType Column(FieldDefinition field) => ColumnType.Integer;

    protected override ParsedValue ParseValue(JsonElement value, FieldDefinition field, bool lenient)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.True:
                return ParsedValue.Of(1L);
            case JsonValueKind.False:
                return ParsedValue.Of(0L);
        }
        if (lenient && AsText(value, lenient)?.Trim().ToLowerInvariant() is { } word)
        {
            if (TrueWords.Contains(word))
            {
                return ParsedValue.Of(1L);
            }
            if (FalseWords.Contains(word))
            {
                return ParsedValue.Of(0L);
            }
            if (word.Length == 0)
            {
                return ParsedValue.Empty;
            }
        }
        return ParsedValue.Fail(Texts.Get("value.boolean"));
    }

    public override object? ToJson(object? stored, FieldDefinition field) =>
        stored is null ? null : Convert.ToInt64(stored, System.Globalization.CultureInfo.InvariantCulture) != 0;
}
