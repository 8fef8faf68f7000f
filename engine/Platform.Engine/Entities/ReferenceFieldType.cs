using System.Globalization;
using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Entities;

/// <summary>
/// User and relation fields hold the id of a platform user or of a record of another entity. Whether
/// that id exists is checked by the record writer, which has the database at hand.
/// </summary>
internal sealed class ReferenceFieldType(string name) : FieldType
{
    public override string Name => name;

    public override ColumnType Column(FieldDefinition field) => ColumnType.Integer;

    public override void ValidateSettings(FieldDefinition field, Action<string, string> error)
    {
        if (name != FieldTypeNames.Relation)
        {
            return;
        }
        if (field.Relation is null || string.IsNullOrEmpty(field.Relation.Entity))
        {
            error("relation.entity", Texts.Get("field.relation.required"));
        }
        else if (!OnDeleteBehaviours.IsKnown(field.Relation.OnDelete))
        {
            error("relation.onDelete", Texts.Get("field.relation.onDelete"));
        }
    }

    protected override ParsedValue ParseValue(JsonElement value, FieldDefinition field, bool lenient)
    {
        var error = Texts.Get(name == FieldTypeNames.User ? "value.user" : "value.relation");
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.TryGetInt64(out var id) && id > 0 ? ParsedValue.Of(id) : ParsedValue.Fail(error);
        }
        if (lenient && value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!.Trim();
            if (text.Length == 0)
            {
                return ParsedValue.Empty;
            }
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
                ? ParsedValue.Of(id)
                : ParsedValue.Fail(error);
        }
        return ParsedValue.Fail(error);
    }
}
