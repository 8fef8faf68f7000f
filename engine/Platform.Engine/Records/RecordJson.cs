using Platform.Engine.Entities;

namespace Platform.Engine.Records;

/// <summary>A stored row as the API shows it: system fields in camelCase, then field values by slug.</summary>
public static class RecordJson
{
    public static Dictionary<string, object?> From(EntityDefinition entity, IDictionary<string, object?> row, IEnumerable<FieldDefinition>? fields = null)
    {
        var json = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [SystemFields.Id] = row["id"],
            [SystemFields.Version] = row["version"],
            [SystemFields.CreatedAt] = row["created_at"],
            [SystemFields.UpdatedAt] = row["updated_at"],
            [SystemFields.CreatedBy] = row["created_by"],
            [SystemFields.OwnerId] = row["owner_id"],
            [SystemFields.DeletedAt] = row["deleted_at"],
        };
        foreach (var field in fields ?? entity.Fields)
        {
            json[field.Slug] = FieldTypes.Of(field).ToJson(row.TryGetValue(field.Slug, out var value) ? value : null, field);
        }
        return json;
    }

    public static long Version(IDictionary<string, object?> row) => Convert.ToInt64(row["version"], System.Globalization.CultureInfo.InvariantCulture);
}
