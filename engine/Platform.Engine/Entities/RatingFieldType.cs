using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Entities;

internal sealed class RatingFieldType : FieldType
{
    public const int DefaultMax = 5;

    public override string Name => FieldTypeNames.Rating;

    public override ColumnType Column(FieldDefinition field) => ColumnType.Integer;

    public override void ValidateSettings(FieldDefinition field, Action<string, string> error)
    {
        if (field.Max is < 1 or > 10)
        {
            error("max", Texts.Get("field.max.range"));
        }
    }

    protected override ParsedValue ParseValue(JsonElement value, FieldDefinition field, bool lenient)
    {
        var max = field.Max ?? DefaultMax;
        long rating;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out rating))
        {
        }
        else if (lenient && value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), out rating))
        {
        }
        else
        {
            return ParsedValue.Fail(Texts.Get("value.rating", max));
        }
        return rating >= 0 && rating <= max ? ParsedValue.Of(rating) : ParsedValue.Fail(Texts.Get("value.rating", max));
    }
}
