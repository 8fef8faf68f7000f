using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Entities;

/// <summary>
/// Adds, changes and removes fields. A change that reshapes data (type, options, precision…) converts
/// every existing value first and is refused, with the number of blocking records, if any would not fit.
/// </summary>
public sealed class FieldService(
    Database database, EntityCatalog catalog, EntityStore store, SchemaStore schema,
    SearchIndexStore search, SequenceStore sequences, ReferenceStore references, IEnumerable<IFieldDependents> dependents,
    RollupDefinitions rollups, TimeProvider clock)
{
    public Task<Result<FieldDefinition>> AddAsync(string entitySlug, FieldDefinition fieldInput, CancellationToken ct) =>
        database.WriteAsync<FieldDefinition>(async scope =>
        {
            var field = RollupDefinitions.WithoutStraySettings(DefinitionRules.WithLabel(fieldInput));
            if (await store.FindAsync(scope, entitySlug, ct) is not { } entity)
            {
                return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
            }
            var errors = new ValidationErrors();
            DefinitionRules.CheckField(field, "", errors);
            if (errors.Any)
            {
                return errors.ToFailure();
            }
            if (entity.Field(field.Slug) is not null)
            {
                return new ConflictFailure(Texts.Get("field.exists", field.Slug));
            }
            if (field.Type == FieldTypeNames.Rollup)
            {
                field = await rollups.ResolveAsync(scope, entity, field, "", errors, ct) ?? field;
                if (errors.Any)
                {
                    return errors.ToFailure();
                }
            }
            var updated = entity with { Fields = [.. entity.Fields, field], UpdatedAt = clock.GetUtcNow() };
            if (await EntityService.CheckRelationTargetsAsync(scope, updated, store, ct) is { } bad)
            {
                return Rekey(bad, updated.Fields.Count - 1);
            }
            await schema.AddColumnAsync(scope, entity.Slug, field, ct);
            if (field.Type == FieldTypeNames.AutoNumber)
            {
                await AssignCodesAsync(scope, entity.Slug, field, ct);
                await search.RebuildAsync(scope, updated, ct);
            }
            await SaveAsync(scope, entity.Slug, updated, ct);
            foreach (var dependent in dependents)
            {
                await dependent.FieldSavedAsync(scope, entity.Slug, null, field, ct);
            }
            return field;
        }, ct, alone: true);

    /// <summary>Applies the properties present in <paramref name="patch"/> to the field.</summary>
    public Task<Result<FieldDefinition>> UpdateAsync(string entitySlug, string fieldSlug, JsonObject patch, CancellationToken ct) =>
        database.WriteAsync<FieldDefinition>(async scope =>
        {
            if (await store.FindAsync(scope, entitySlug, ct) is not { } entity)
            {
                return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
            }
            if (entity.Field(fieldSlug) is not { } current)
            {
                return new NotFoundFailure(Texts.Get("field.notFound", fieldSlug));
            }
            var merged = Merge(current, patch);
            if (merged.Failure is { } invalid)
            {
                return invalid;
            }
            var field = merged.Value!;
            if (field.Slug != current.Slug && entity.Field(field.Slug) is not null)
            {
                return new ConflictFailure(Texts.Get("field.exists", field.Slug));
            }
            var index = entity.Fields.IndexOf(current);
            var updated = entity with
            {
                Fields = [.. entity.Fields.Select(f => f == current ? field : f)],
                DisplayField = entity.DisplayField == current.Slug ? field.Slug : entity.DisplayField,
                UpdatedAt = clock.GetUtcNow(),
            };
            if (await EntityService.CheckRelationTargetsAsync(scope, updated, store, ct) is { } bad)
            {
                return Rekey(bad, index);
            }
            if (await StagesStillHeldAsync(scope, entity.Slug, current, field, ct) is { } held)
            {
                return held;
            }
            var withRollups = await FollowRollupsAsync(scope, updated, current, field, ct);
            if (!withRollups.IsSuccess)
            {
                return withRollups.Failure;
            }
            (updated, field) = (withRollups.Value, withRollups.Value.Fields[index]);
            var changed = await ApplyDataChangeAsync(scope, entity.Slug, current, field, ct);
            if (changed is { } blocked)
            {
                return blocked;
            }
            await SaveAsync(scope, entity.Slug, updated, ct);
            if (SearchIndexStore.IsSearchable(current) || SearchIndexStore.IsSearchable(field))
            {
                await search.RebuildAsync(scope, updated, ct);
            }
            foreach (var dependent in dependents)
            {
                await dependent.FieldSavedAsync(scope, entity.Slug, current, field, ct);
            }
            return field;
        }, ct, alone: true);

    public Task<Result<bool>> DeleteAsync(string entitySlug, string fieldSlug, bool confirm, CancellationToken ct) =>
        database.WriteAsync<bool>(async scope =>
        {
            if (await store.FindAsync(scope, entitySlug, ct) is not { } entity)
            {
                return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
            }
            if (entity.Field(fieldSlug) is not { } field)
            {
                return new NotFoundFailure(Texts.Get("field.notFound", fieldSlug));
            }
            if (await rollups.CheckReadersAsync(scope, entity with { Fields = [.. entity.Fields.Where(f => f != field)] }, field.Slug, ct) is { } read)
            {
                return read;
            }
            var filled = await schema.CountFilledAsync(scope, entity.Slug, field.Slug, ct);
            if (filled > 0 && !confirm)
            {
                return new ConflictFailure(Texts.Get("field.hasData", filled), new Dictionary<string, object?> { ["records"] = filled });
            }
            await schema.DropColumnAsync(scope, entity.Slug, field.Slug, ct);
            await sequences.DeleteFieldAsync(scope, entity.Slug, field.Slug, ct);
            foreach (var dependent in dependents)
            {
                await dependent.FieldDeletedAsync(scope, entity.Slug, field.Slug, ct);
            }
            var updated = entity with
            {
                Fields = [.. entity.Fields.Where(f => f != field)],
                DisplayField = entity.DisplayField == field.Slug ? null : entity.DisplayField,
                UpdatedAt = clock.GetUtcNow(),
            };
            if (SearchIndexStore.IsSearchable(field))
            {
                await search.RebuildAsync(scope, updated, ct);
            }
            await SaveAsync(scope, entity.Slug, updated, ct);
            return true;
        }, ct, alone: true);

    private async Task SaveAsync(WriteScope scope, string slug, EntityDefinition updated, CancellationToken ct)
    {
        await store.UpdateAsync(scope, slug, updated, ct);
        scope.AfterCommit(catalog.Invalidate);
    }

    /// <summary>
    /// Keeps rollups right about a changed field: a renamed field is renamed in the rollups that read it
    /// (those of other entities are saved here), a rollup being saved gets its result type, and a change
    /// that would break a rollup reading the field is refused.
    /// </summary>
    private async Task<Result<EntityDefinition>> FollowRollupsAsync(WriteScope scope, EntityDefinition updated, FieldDefinition current,
        FieldDefinition field, CancellationToken ct)
    {
        if (field.Slug != current.Slug)
        {
            // Other entities' definitions saved here are reloaded with this one's: the catalog is dropped after the commit.
            updated = await rollups.FollowRenameAsync(scope, updated, current.Slug, field.Slug, ct);
        }
        var index = updated.Fields.FindIndex(f => f.Slug == field.Slug);
        if (updated.Fields[index].Type == FieldTypeNames.Rollup)
        {
            var errors = new ValidationErrors();
            var resolved = await rollups.ResolveAsync(scope, updated, updated.Fields[index], "", errors, ct);
            if (resolved is null)
            {
                return errors.ToFailure();
            }
            updated = updated with { Fields = [.. updated.Fields.Select((f, i) => i == index ? resolved : f)] };
        }
        if (await rollups.CheckReadersAsync(scope, updated, null, ct) is { } broken)
        {
            return broken;
        }
        return updated;
    }

    /// <summary>Converts, renames or re-indexes the column; a failure means existing data blocks the change.</summary>
    private async Task<Failure?> ApplyDataChangeAsync(WriteScope scope, string entity, FieldDefinition from, FieldDefinition to, CancellationToken ct)
    {
        if (DataShape(from) != DataShape(to))
        {
            var converted = await ConvertAsync(scope, entity, from, to, ct);
            if (converted.Failure is { } blocked)
            {
                return blocked;
            }
            await schema.ReplaceColumnAsync(scope, entity, from, to, converted.Value!, ct);
        }
        else if (from.Slug != to.Slug)
        {
            await schema.RenameColumnAsync(scope, entity, from, to.Slug, ct);
        }
        if (from.Slug != to.Slug)
        {
            await sequences.RenameFieldAsync(scope, entity, from.Slug, to.Slug, ct);
            foreach (var dependent in dependents)
            {
                await dependent.FieldRenamedAsync(scope, entity, from.Slug, to.Slug, ct);
            }
        }
        if (to.Unique && !from.Unique)
        {
            var duplicates = await schema.CountDuplicatesAsync(scope, entity, to.Slug, ct);
            if (duplicates > 0)
            {
                return Blocked("field.uniqueBlocked", duplicates);
            }
        }
        if (to.Unique != from.Unique || to.Indexed != from.Indexed)
        {
            await schema.SyncIndexesAsync(scope, entity, to, ct);
        }
        return null;
    }

    /// <summary>
    /// A stage may leave a pipeline only once no record, live or in the trash, is in it: the records are moved first
    /// (<c>POST …/stages/{stage}/move</c>), so none is left holding a stage its field no longer knows.
    /// </summary>
    private async Task<Failure?> StagesStillHeldAsync(WriteScope scope, string entity, FieldDefinition from, FieldDefinition to, CancellationToken ct)
    {
        if (from.Type != FieldTypeNames.Stage || to.Type != FieldTypeNames.Stage)
        {
            return null;
        }
        var errors = new ValidationErrors();
        foreach (var stage in (from.Stages ?? []).Where(s => to.Stages?.Exists(t => t.Value == s.Value) != true))
        {
            var count = await schema.CountValueAsync(scope, entity, from.Slug, stage.Value, ct);
            if (count > 0)
            {
                var label = Languages.Pick(stage.Label, Languages.Current) is { Length: > 0 } picked ? picked : stage.Value;
                errors.Add("stages", Texts.Get("stage.stillHeld", count, label));
            }
        }
        return errors.Any ? errors.ToFailure() : null;
    }

    private async Task<Result<IReadOnlyList<(long Id, object? Value)>>> ConvertAsync(
        WriteScope scope, string entity, FieldDefinition from, FieldDefinition to, CancellationToken ct)
    {
        var rows = await schema.ReadColumnAsync(scope, entity, from.Slug, ct);
        if (to.Type is FieldTypeNames.Formula or FieldTypeNames.Rollup)
        {
            // Whatever was stored is replaced: the recomputation that follows the change fills the column.
            return rows.Select(row => (row.Id, (object?)null)).ToList();
        }
        if (to.Type == FieldTypeNames.AutoNumber && from.Type != FieldTypeNames.AutoNumber)
        {
            var codes = await sequences.TakeAsync(scope, entity, to, rows.Count, ct);
            return rows.Select((row, i) => (row.Id, (object?)codes[i])).ToList();
        }
        var (oldType, newType) = (FieldTypes.Of(from), FieldTypes.Of(to));
        var converted = new List<(long Id, object? Value)>(rows.Count);
        var failures = 0;
        foreach (var (id, value) in rows)
        {
            var parsed = newType.Parse(oldType.ToElement(value, from), to, lenient: true);
            failures += parsed.Ok ? 0 : 1;
            converted.Add((id, parsed.Stored));
        }
        if (to.Type is FieldTypeNames.Relation or FieldTypeNames.User)
        {
            var missing = await references.MissingAsync(scope, to, converted.Where(c => c.Value is long).Select(c => (long)c.Value!), ct);
            failures += converted.Count(c => c.Value is long id && missing.Contains(id));
        }
        return failures > 0 ? Blocked("field.conversionBlocked", failures) : converted;
    }

    private static ConflictFailure Blocked(string key, long count) =>
        new(Texts.Get(key, count), new Dictionary<string, object?> { ["blockingRecords"] = count });

    /// <summary>The settings that decide which values are valid; when they change, data is re-checked.</summary>
    private static string DataShape(FieldDefinition f) => Json.Serialize(new
    {
        f.Type,
        Precision = PrecisionOf(f),
        f.ResultType,
        Options = f.Options?.Select(o => o.Value).Order(StringComparer.Ordinal),
        Target = f.Relation?.Entity,
        f.Max,
        f.MaxLength,
    });

    private static int? PrecisionOf(FieldDefinition f) => FieldTypes.Of(f) switch
    {
        NumberFieldType number => number.PrecisionOf(f),
        FormulaFieldType => FormulaFieldType.Inner(f, out var stored) is NumberFieldType number ? number.PrecisionOf(stored) : null,
        RollupFieldType => RollupFieldType.Inner(f, out var stored) is NumberFieldType number ? number.PrecisionOf(stored) : null,
        _ => null,
    };

    private static Result<FieldDefinition> Merge(FieldDefinition current, JsonObject patch)
    {
        var node = JsonSerializer.SerializeToNode(current, Json.Options)!.AsObject();
        foreach (var (key, value) in patch)
        {
            node[key] = value?.DeepClone();
        }
        FieldDefinition? field;
        try
        {
            field = node.Deserialize<FieldDefinition>(Json.Options);
        }
        catch (JsonException e)
        {
            return ValidationFailure.For(e.Path?.TrimStart('$', '.') is { Length: > 0 } p ? p : "body", Texts.Get("validation.failed"));
        }
        var errors = new ValidationErrors();
        DefinitionRules.CheckField(field!, "", errors);
        return errors.Any ? errors.ToFailure() : RollupDefinitions.WithoutStraySettings(field!);
    }

    /// <summary>Errors about relation targets are keyed by field index; for a single field drop the index.</summary>
    private static Failure Rekey(Failure failure, int index) => failure is ValidationFailure validation
        ? new ValidationFailure(validation.Errors.ToDictionary(e => e.Key.Replace($"fields[{index}].", "", StringComparison.Ordinal), e => e.Value), validation.Detail)
        : failure;

    private async Task AssignCodesAsync(WriteScope scope, string entity, FieldDefinition field, CancellationToken ct)
    {
        var rows = await schema.ReadColumnAsync(scope, entity, field.Slug, ct);
        if (rows.Count == 0)
        {
            return;
        }
        var codes = await sequences.TakeAsync(scope, entity, field, rows.Count, ct);
        await schema.ReplaceColumnAsync(scope, entity, field, field, [.. rows.Select((r, i) => (r.Id, (object?)codes[i]))], ct);
    }
}
