using Platform.Engine.Entities;

namespace Platform.Engine.Records;

/// <summary>
/// The columns every record has, by their API names. They can be filtered and sorted like fields; each
/// is described by a field definition of the type it behaves as.
/// </summary>
public static class SystemFields
{
    public const string Id = "id";
    public const string Version = "version";
    public const string CreatedAt = "createdAt";
    public const string UpdatedAt = "updatedAt";
    public const string CreatedBy = "createdBy";
    public const string OwnerId = "ownerId";
    public const string DeletedAt = "deletedAt";

    private static readonly Dictionary<string, ResolvedField> ByName = new(StringComparer.Ordinal)
    {
        [Id] = Declare("id", FieldTypeNames.Number),
        [Version] = Declare("version", FieldTypeNames.Number),
        [CreatedAt] = Declare("created_at", FieldTypeNames.DateTime),
        [UpdatedAt] = Declare("updated_at", FieldTypeNames.DateTime),
        [CreatedBy] = Declare("created_by", FieldTypeNames.User),
        [OwnerId] = Declare("owner_id", FieldTypeNames.User),
        [DeletedAt] = Declare("deleted_at", FieldTypeNames.DateTime),
    };

    private static ResolvedField Declare(string column, string type) =>
        new(column, column, new FieldDefinition { Slug = column, Type = type });

    public static bool IsSystem(string name) => ByName.ContainsKey(name);

    /// <summary>A field or system field by API name, with the column that holds it.</summary>
    public static ResolvedField? Resolve(EntityDefinition entity, string name)
    {
        if (ByName.TryGetValue(name, out var system))
        {
            return system;
        }
        return entity.Field(name) is { } field ? new ResolvedField(SchemaStore.Column(field.Slug).Quoted, field.Slug, field) : null;
    }
}
