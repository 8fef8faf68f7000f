using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Forms;
using Platform.Engine.Storage;

namespace Platform.Engine.Records;

/// <summary>
/// The checks that need the database: linked users and records exist, unique values are free. They run
/// inside the write transaction, and writes are serialised, so what they see cannot change before commit.
/// </summary>
public sealed class RecordChecks(RecordStore store, ReferenceStore references, FormCatalog forms)
{
    /// <summary>
    /// Checks the whole record, as it will be after this write, against the entity's form rules (or
    /// <paramref name="form"/>, for a public submission). A field that already failed its type check is
    /// not reported twice.
    /// </summary>
    public async Task CheckFormAsync(EntityDefinition entity, IReadOnlyDictionary<string, object?> values, IDictionary<string, object?>? existing,
        ValidationErrors errors, CancellationToken ct, CompiledForm? form = null)
    {
        form ??= await forms.RecordFormAsync(entity, ct);
        if (!form.ChecksBeyondFields)
        {
            return;
        }
        var data = new Dictionary<string, object?>(entity.Fields.Count, StringComparer.Ordinal);
        foreach (var field in entity.Fields)
        {
            var stored = values.TryGetValue(field.Slug, out var value) ? value : existing?[field.Slug];
            data[field.Slug] = stored is null ? null : FieldTypes.Of(field).ToJson(stored, field);
        }
        foreach (var (field, problems) in form.Validate(data))
        {
            if (errors.Has(field))
            {
                continue;
            }
            foreach (var problem in problems)
            {
                errors.Add(field, problem.Message);
            }
        }
    }

    public async Task CheckAsync(WriteScope scope, EntityDefinition entity, IReadOnlyDictionary<string, object?> values, long? ownerId,
        long exceptId, ValidationErrors errors, CancellationToken ct)
    {
        foreach (var (slug, value) in values)
        {
            var field = entity.Field(slug)!;
            if (value is long id && field.Type is FieldTypeNames.Relation or FieldTypeNames.User
                && (await references.MissingAsync(scope, field, [id], ct)).Count > 0)
            {
                errors.Add(slug, Texts.Get(field.Type == FieldTypeNames.User ? "value.user" : "value.relation"));
            }
        }
        if (ownerId is { } owner && (await references.MissingAsync(scope, SystemFields.Resolve(entity, SystemFields.OwnerId)!.Field, [owner], ct)).Count > 0)
        {
            errors.Add(SystemFields.OwnerId, Texts.Get("value.user"));
        }
        await CheckUniqueAsync(scope, entity, values, exceptId, errors, ct);
    }

    public async Task CheckUniqueAsync(WriteScope scope, EntityDefinition entity, IReadOnlyDictionary<string, object?> values,
        long exceptId, ValidationErrors errors, CancellationToken ct)
    {
        foreach (var (slug, value) in values)
        {
            if (value is not null && entity.Field(slug)!.Unique && await store.ValueTakenAsync(scope, entity, slug, value, exceptId, ct))
            {
                errors.Add(slug, Texts.Get("value.unique"));
            }
        }
    }

    /// <summary>Two records of one bulk request may not share a unique value either.</summary>
    public static void CheckUniqueInBatch(EntityDefinition entity, IReadOnlyDictionary<string, object?> values,
        Dictionary<string, HashSet<object>> seen, ValidationErrors errors)
    {
        foreach (var (slug, value) in values)
        {
            if (value is null || !entity.Field(slug)!.Unique)
            {
                continue;
            }
            if (!seen.TryGetValue(slug, out var taken))
            {
                seen[slug] = taken = [];
            }
            if (!taken.Add(value))
            {
                errors.Add(slug, Texts.Get("value.unique"));
            }
        }
    }
}
