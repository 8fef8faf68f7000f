using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Entities;

/// <summary>Creates, changes and removes entities: the table and its definition change together.</summary>
public sealed class EntityService(Database database, EntityCatalog catalog, EntityStore store, SchemaStore schema, RollupDefinitions rollups, TimeProvider clock)
{
    public Task<IReadOnlyList<EntityDefinition>> ListAsync(CancellationToken ct) => catalog.AllAsync(ct);

    public async Task<Result<EntityDefinition>> GetAsync(string slug, CancellationToken ct) =>
        await catalog.FindAsync(slug, ct) is { } entity ? entity : new NotFoundFailure(Texts.Get("entity.notFound", slug));

    /// <summary>
    /// At start, before anything else writes: gives the tables of an earlier version the indexes of today (one
    /// write; nothing changes where they are already there).
    /// </summary>
    public async Task UpgradeIndexesAsync(CancellationToken ct)
    {
        var entities = await catalog.AllAsync(ct);
        await database.WriteAsync<bool>(async scope =>
        {
            foreach (var entity in entities)
            {
                await SchemaStore.UpgradeOwnerIndexAsync(scope, entity.Slug, ct);
            }
            return true;
        }, ct, alone: true);
    }

    public Task<Result<EntityDefinition>> CreateAsync(EntityDefinition entityInput, CancellationToken ct) =>
        database.WriteAsync<EntityDefinition>(async scope =>
        {
            var input = entityInput with { Fields = [.. (entityInput.Fields ?? []).Select(DefinitionRules.WithLabel).Select(RollupDefinitions.WithoutStraySettings)] };
            var errors = new ValidationErrors();
            DefinitionRules.CheckEntity(input, errors);
            if (errors.Any)
            {
                return errors.ToFailure();
            }
            if (await store.FindAsync(scope, input.Slug, ct) is not null)
            {
                return new ConflictFailure(Texts.Get("entity.exists", input.Slug));
            }
            var targets = await CheckRelationTargetsAsync(scope, input, ct);
            if (targets is not null)
            {
                return targets;
            }
            input = await ResolveRollupsAsync(scope, input, errors, ct);
            if (errors.Any)
            {
                return errors.ToFailure();
            }
            var now = clock.GetUtcNow();
            var entity = input with { CreatedAt = now, UpdatedAt = now };
            await schema.CreateTableAsync(scope, entity, ct);
            await store.InsertAsync(scope, entity, ct);
            scope.AfterCommit(catalog.Invalidate);
            return entity;
        }, ct, alone: true);

    public Task<Result<EntityDefinition>> UpdateAsync(string slug, EntityPatch patch, CancellationToken ct) =>
        database.WriteAsync<EntityDefinition>(async scope =>
        {
            if (await store.FindAsync(scope, slug, ct) is not { } entity)
            {
                return new NotFoundFailure(Texts.Get("entity.notFound", slug));
            }
            var errors = new ValidationErrors();
            var updated = Apply(entity, patch, errors);
            if (errors.Any)
            {
                return errors.ToFailure();
            }
            if (updated.Slug != slug)
            {
                if (await store.FindAsync(scope, updated.Slug, ct) is not null)
                {
                    return new ConflictFailure(Texts.Get("entity.exists", updated.Slug));
                }
                await RenameAsync(scope, entity, updated.Slug, ct);
                updated = Retarget(updated, slug, updated.Slug);
            }
            updated = updated with { UpdatedAt = clock.GetUtcNow() };
            await store.UpdateAsync(scope, slug, updated, ct);
            scope.AfterCommit(catalog.Invalidate);
            return updated;
        }, ct, alone: true);

    public Task<Result<bool>> DeleteAsync(string slug, bool confirm, CancellationToken ct) =>
        database.WriteAsync<bool>(async scope =>
        {
            if (await store.FindAsync(scope, slug, ct) is null)
            {
                return new NotFoundFailure(Texts.Get("entity.notFound", slug));
            }
            var all = await store.ListAsync(scope, ct);
            foreach (var other in all)
            {
                if (other.Slug != slug && other.Fields.Find(f => f.Relation?.Entity == slug) is { } link)
                {
                    return new ConflictFailure(Texts.Get("entity.referenced", link.Slug, other.Slug));
                }
            }
            if (RollupDefinitions.ReaderOf(all, slug) is { } reader)
            {
                return new ConflictFailure(reader);
            }
            var records = await schema.CountRowsAsync(scope, slug, ct);
            if (records > 0 && !confirm)
            {
                return new ConflictFailure(Texts.Get("entity.hasRecords", records), new Dictionary<string, object?> { ["records"] = records });
            }
            await schema.DropTableAsync(scope, slug, ct);
            await store.DeleteAsync(scope, slug, ct);
            scope.AfterCommit(catalog.Invalidate);
            return true;
        }, ct, alone: true);

    /// <summary>Every relation field must point at an entity that exists (or at the entity itself).</summary>
    internal static async Task<Failure?> CheckRelationTargetsAsync(WriteScope scope, EntityDefinition entity, EntityStore store, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        for (var i = 0; i < entity.Fields.Count; i++)
        {
            var target = entity.Fields[i].Relation?.Entity;
            if (entity.Fields[i].Type == FieldTypeNames.Relation && target != entity.Slug && await store.FindAsync(scope, target!, ct) is null)
            {
                errors.Add($"fields[{i}].relation.entity", Texts.Get("entity.notFound", target));
            }
        }
        return errors.Any ? errors.ToFailure() : null;
    }

    private Task<Failure?> CheckRelationTargetsAsync(WriteScope scope, EntityDefinition entity, CancellationToken ct) =>
        CheckRelationTargetsAsync(scope, entity, store, ct);

    private static EntityDefinition Apply(EntityDefinition entity, EntityPatch patch, ValidationErrors errors)
    {
        var updated = entity;
        if (patch.Slug is not null && patch.Slug != entity.Slug)
        {
            DefinitionRules.CheckSlug(patch.Slug, "slug", errors);
            updated = updated with { Slug = patch.Slug };
        }
        if (patch.Label is not null)
        {
            DefinitionRules.CheckLabel(patch.Label, "label", errors);
            updated = updated with { Label = patch.Label };
        }
        if (patch.FieldOrder is not null)
        {
            var current = entity.Fields.Select(f => f.Slug).Order(StringComparer.Ordinal);
            if (!patch.FieldOrder.Order(StringComparer.Ordinal).SequenceEqual(current))
            {
                errors.Add("fieldOrder", Texts.Get("fieldOrder.invalid"));
            }
            else
            {
                updated = updated with { Fields = [.. patch.FieldOrder.Select(s => entity.Field(s)!)] };
            }
        }
        if (patch.DisplayField is not null)
        {
            if (patch.DisplayField.Length > 0 && entity.Field(patch.DisplayField) is null)
            {
                errors.Add("displayField", Texts.Get("displayField.invalid"));
            }
            updated = updated with { DisplayField = patch.DisplayField.Length == 0 ? null : patch.DisplayField };
        }
        return updated;
    }

    private async Task RenameAsync(WriteScope scope, EntityDefinition entity, string to, CancellationToken ct)
    {
        await schema.RenameTableAsync(scope, entity, to, ct);
        await store.RenameReferencesAsync(scope, entity.Slug, to, ct);
        // Relation fields elsewhere (and on the entity itself) name their target by slug.
        foreach (var other in await store.ListAsync(scope, ct))
        {
            if (other.Slug != entity.Slug && other.Fields.Any(f => f.Relation?.Entity == entity.Slug || f.Rollup?.Entity == entity.Slug))
            {
                await store.UpdateAsync(scope, other.Slug, Retarget(other, entity.Slug, to), ct);
            }
        }
    }

    /// <summary>The definition with its relations to <paramref name="from"/>, and its rollups over it, naming <paramref name="to"/>.</summary>
    private static EntityDefinition Retarget(EntityDefinition entity, string from, string to) => RollupDefinitions.RenameEntity(entity with
    {
        Fields = [.. entity.Fields.Select(f => f.Relation?.Entity == from ? f with { Relation = f.Relation with { Entity = to } } : f)],
    }, from, to);

    /// <summary>Rollups defined with a new entity can only read the entity itself (nothing else links to it yet).</summary>
    private async Task<EntityDefinition> ResolveRollupsAsync(WriteScope scope, EntityDefinition entity, ValidationErrors errors, CancellationToken ct)
    {
        var fields = new List<FieldDefinition>(entity.Fields.Count);
        for (var i = 0; i < entity.Fields.Count; i++)
        {
            var field = entity.Fields[i];
            fields.Add(field.Type == FieldTypeNames.Rollup ? await rollups.ResolveAsync(scope, entity, field, $"fields[{i}].", errors, ct) ?? field : field);
        }
        return entity with { Fields = fields };
    }
}
