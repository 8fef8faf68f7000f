using Platform.Engine.Entities;

namespace Platform.Engine.Records.Rules;

/// <summary>The record as a script sees it: system fields in camelCase and field values as the API shows them.</summary>
internal static class ScriptRecord
{
    /// <summary><paramref name="values"/> (stored form) over <paramref name="existing"/> (a stored row, on update).</summary>
    public static Dictionary<string, object?> From(EntityDefinition entity, IReadOnlyDictionary<string, object?> values, IDictionary<string, object?>? existing,
        long? ownerId)
    {
        var json = existing is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                [SystemFields.Id] = null, [SystemFields.Version] = null, [SystemFields.CreatedAt] = null, [SystemFields.UpdatedAt] = null,
                [SystemFields.CreatedBy] = null, [SystemFields.OwnerId] = ownerId,
            }
            : RecordJson.From(entity, existing);
        json.Remove(SystemFields.DeletedAt);
        if (ownerId is not null)
        {
            json[SystemFields.OwnerId] = ownerId;
        }
        foreach (var field in entity.Fields)
        {
            if (values.TryGetValue(field.Slug, out var value))
            {
                json[field.Slug] = FieldTypes.Of(field).ToJson(value, field);
            }
            else if (existing is null)
            {
                json[field.Slug] = null;
            }
        }
        return json;
    }
}
