using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Forms;
using Platform.Engine.Identity;
using Platform.Engine.Records.Pipelines;
using Platform.Engine.Records.Rules;
using Platform.Engine.Storage;

namespace Platform.Engine.Records;

/// <summary>
/// Writes records. Each operation is one transaction: values are checked field by field, links and unique
/// values inside the transaction, and the row, its search text and its audit entry commit together.
/// </summary>
public sealed class RecordService(
    Database database, EntityCatalog catalog, RecordStore store, SearchIndexStore search,
    SequenceStore sequences, RecordChecks checks, RecordEvents events, RecordScripts scripts, StageGates gates, TimeProvider clock, LocalCalendar calendar)
{
    public const int MaxBulk = 1_000;

    public Task<Result<Dictionary<string, object?>>> CreateAsync(string entitySlug, JsonElement body, Actor actor, CancellationToken ct) =>
        database.WriteAsync<Dictionary<string, object?>>(async scope =>
        {
            if (await catalog.FindAsync(entitySlug, ct) is not { } entity)
            {
                return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
            }
            return await CreateInScopeAsync(scope, entity, body, actor, ct);
        }, ct);

    /// <summary>
    /// Creates one record inside the caller's write, so that other rows (a form submission, an import
    /// checkpoint) commit with it or not at all.
    /// </summary>
    public async Task<Result<Dictionary<string, object?>>> CreateInScopeAsync(WriteScope scope, EntityDefinition entity, JsonElement body, Actor actor,
        CancellationToken ct, CompiledForm? form = null, string source = StageSources.Api)
    {
        var now = clock.GetUtcNow();
        var input = RecordInput.Parse(entity, body, isCreate: true, now, calendar.Zone);
        var plan = await scripts.PlanAsync(entity, actor, ct, scope);
        var scores = RunBeforeWrite(scope, plan, input, null, actor, ct);
        if (!scores.IsSuccess)
        {
            return scores.Failure;
        }
        await checks.CheckFormAsync(entity, input.Values, null, input.Errors, ct, form);
        await checks.CheckAsync(scope, entity, input.Values, input.OwnerId, 0, input.Errors, ct);
        if (input.Errors.Any)
        {
            return input.Errors.ToFailure();
        }
        if (await gates.CheckAsync(scope, entity, input.Values, null, input.OwnerId ?? actor.UserId, actor, ct) is { } refused)
        {
            return refused;
        }
        await AssignCodesAsync(scope, entity, [input], ct);
        var row = await InsertAsync(scope, entity, input, actor, now, ct);
        var id = (long)row["id"]!;
        await gates.RecordAsync(scope, entity, id, input.Values, null, now, actor, source, ct);
        await search.IndexAsync(scope, entity, id, replace: false, ct);
        var record = RecordJson.From(entity, row);
        await events.RaiseAsync(scope, new RecordEvent(RecordEventKinds.Created, entity.Slug, id, now, actor.UserId, record, null), ct);
        if (plan is not null && await scripts.AfterWriteAsync(scope, plan, id, scores.Value, record, null, actor.UserId, ct) is { } failed)
        {
            return failed;
        }
        return record;
    }

    /// <summary>
    /// The entity's scripts that run before a write (hooks, scores, formulas, validation rules), once the body's
    /// values are known to be well-formed: a script is never shown values its field types refused.
    /// </summary>
    private Result<IReadOnlyList<RecordScore>> RunBeforeWrite(WriteScope scope, ScriptPlan? plan, RecordInput input,
        IDictionary<string, object?>? existing, Actor actor, CancellationToken ct)
    {
        if (plan is not { BeforeWrite: true } || input.Errors.Any)
        {
            return Result<IReadOnlyList<RecordScore>>.Ok([]);
        }
        long? owner = input.OwnerId ?? (existing is null ? (actor.UserId == 0 ? null : actor.UserId) : null);
        return scripts.BeforeWrite(plan, input.Values, existing, owner, input.Errors, scope.Connection, scope.Transaction, ct);
    }

    /// <summary>Creates up to <see cref="MaxBulk"/> records, all or none; errors are keyed <c>records[i].field</c>.</summary>
    public Task<Result<List<Dictionary<string, object?>>>> BulkCreateAsync(string entitySlug, IReadOnlyList<JsonElement> bodies, Actor actor, CancellationToken ct) =>
        database.WriteAsync<List<Dictionary<string, object?>>>(async scope =>
        {
            if (await catalog.FindAsync(entitySlug, ct) is not { } entity)
            {
                return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
            }
            if (bodies.Count is 0 or > MaxBulk)
            {
                return ValidationFailure.For("records", Texts.Get(bodies.Count == 0 ? "bulk.empty" : "bulk.size", MaxBulk));
            }
            var now = clock.GetUtcNow();
            var errors = new ValidationErrors();
            var inputs = bodies.Select(b => RecordInput.Parse(entity, b, isCreate: true, now, calendar.Zone)).ToList();
            var batchValues = new Dictionary<string, HashSet<object>>(StringComparer.Ordinal);
            var plan = await scripts.PlanAsync(entity, actor, ct, scope);
            var scores = new List<IReadOnlyList<RecordScore>>(inputs.Count);
            for (var i = 0; i < inputs.Count; i++)
            {
                var scored = RunBeforeWrite(scope, plan, inputs[i], null, actor, ct);
                if (!scored.IsSuccess)
                {
                    return scored.Failure is ScriptFailure failure ? failure with { Script = $"records[{i}]: {failure.Script}" } : scored.Failure;
                }
                scores.Add(scored.Value);
                await checks.CheckFormAsync(entity, inputs[i].Values, null, inputs[i].Errors, ct);
                await checks.CheckAsync(scope, entity, inputs[i].Values, inputs[i].OwnerId, 0, inputs[i].Errors, ct);
                RecordChecks.CheckUniqueInBatch(entity, inputs[i].Values, batchValues, inputs[i].Errors);
                if (!inputs[i].Errors.Any && await gates.CheckAsync(scope, entity, inputs[i].Values, null, inputs[i].OwnerId ?? actor.UserId, actor, ct) is GateFailure gate)
                {
                    return gate with { Detail = $"records[{i}]: {gate.Detail}" };
                }
                if (inputs[i].Errors.Any)
                {
                    errors.AddPrefixed($"records[{i}]", inputs[i].Errors.ToFailure().Errors);
                }
            }
            if (errors.Any)
            {
                return errors.ToFailure();
            }
            await AssignCodesAsync(scope, entity, inputs, ct);
            var rows = new List<IDictionary<string, object?>>(inputs.Count);
            foreach (var input in inputs)
            {
                rows.Add(await InsertAsync(scope, entity, input, actor, now, ct));
            }
            // Writes are serialised, so the new ids form one unbroken run.
            await search.IndexRangeAsync(scope, entity, (long)rows[0]["id"]!, (long)rows[^1]["id"]!, ct);
            var records = rows.Select(r => RecordJson.From(entity, r)).ToList();
            for (var i = 0; i < records.Count; i++)
            {
                var id = (long)records[i][SystemFields.Id]!;
                await gates.RecordAsync(scope, entity, id, inputs[i].Values, null, now, actor, StageSources.Api, ct);
                await events.RaiseAsync(scope, new RecordEvent(RecordEventKinds.Created, entity.Slug, id, now, actor.UserId, records[i], null), ct);
                if (plan is not null && await scripts.AfterWriteAsync(scope, plan, id, scores[i], records[i], null, actor.UserId, ct) is { } failed)
                {
                    return failed;
                }
            }
            return records;
        }, ct);

    /// <summary>Changes the fields present in the body; a stale <paramref name="expectedVersion"/> is a conflict.</summary>
    public Task<Result<Dictionary<string, object?>>> UpdateAsync(string entitySlug, long id, JsonElement body, long? expectedVersion, Actor actor, CancellationToken ct) =>
        database.WriteAsync<Dictionary<string, object?>>(async scope =>
        {
            if (await catalog.FindAsync(entitySlug, ct) is not { } entity)
            {
                return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
            }
            return await UpdateInScopeAsync(scope, entity, id, body, expectedVersion, actor, ct);
        }, ct);

    /// <summary>Updates one record inside the caller's write (see <see cref="CreateInScopeAsync"/>).</summary>
    public async Task<Result<Dictionary<string, object?>>> UpdateInScopeAsync(WriteScope scope, EntityDefinition entity, long id, JsonElement body,
        long? expectedVersion, Actor actor, CancellationToken ct, string source = StageSources.Api)
    {
        var loaded = await LoadLiveAsync(scope, entity, id, expectedVersion, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Failure;
        }
        var row = loaded.Value;
        var now = clock.GetUtcNow();
        var input = RecordInput.Parse(entity, body, isCreate: false, now, calendar.Zone);
        var plan = await scripts.PlanAsync(entity, actor, ct, scope);
        var scores = RunBeforeWrite(scope, plan, input, row, actor, ct);
        if (!scores.IsSuccess)
        {
            return scores.Failure;
        }
        var changed = input.Values.Where(v => !Equals(Normalise(row[v.Key]), Normalise(v.Value))).ToDictionary(v => v.Key, v => v.Value);
        var ownerChanged = input.OwnerId is { } owner && !Equals(Normalise(row["owner_id"]), owner);
        await checks.CheckFormAsync(entity, input.Values, row, input.Errors, ct);
        await checks.CheckAsync(scope, entity, changed, ownerChanged ? input.OwnerId : null, id, input.Errors, ct);
        if (input.Errors.Any)
        {
            return input.Errors.ToFailure();
        }
        if (changed.Count == 0 && !ownerChanged)
        {
            // Nothing to write, but a score may still have moved (a rule changed, or it reads other records).
            if (plan is not null && scores.Value.Count > 0)
            {
                await scripts.AfterWriteAsync(scope, plan with { Rules = RuleSet.Empty }, id, scores.Value, RecordJson.From(entity, row), row, actor.UserId, ct);
            }
            return RecordJson.From(entity, row);
        }
        if (await gates.CheckAsync(scope, entity, changed, row, null, actor, ct) is { } refused)
        {
            return refused;
        }
        await store.UpdateAsync(scope, entity, id, changed, ownerChanged ? input.OwnerId : null, now, ct);
        await gates.RecordAsync(scope, entity, id, changed, row, now, actor, source, ct);
        var changes = changed.Select(c => Change(entity, c.Key, row[c.Key], c.Value)).ToList();
        if (ownerChanged)
        {
            changes.Add(new FieldChange(SystemFields.OwnerId, row["owner_id"], input.OwnerId));
        }
        await store.InsertAuditAsync(scope, entity.Slug, id, now, actor.UserId, AuditActions.Update, changes, ct);
        if (changed.Keys.Any(k => SearchIndexStore.IsSearchable(entity.Field(k)!)))
        {
            await search.IndexAsync(scope, entity, id, replace: true, ct);
        }
        var record = RecordJson.From(entity, (await store.FindAsync(scope, entity, id, ct))!);
        await events.RaiseAsync(scope, new RecordEvent(RecordEventKinds.Updated, entity.Slug, id, now, actor.UserId, record, changes), ct);
        if (plan is not null && await scripts.AfterWriteAsync(scope, plan, id, scores.Value, record, row, actor.UserId, ct) is { } failed)
        {
            return failed;
        }
        return record;
    }

    /// <summary>Moves a record to the trash, applying each linking relation's on-delete rule.</summary>
    public Task<Result<bool>> DeleteAsync(string entitySlug, long id, long? expectedVersion, Actor actor, CancellationToken ct) =>
        database.WriteAsync<bool>(async scope =>
        {
            if (await catalog.FindAsync(entitySlug, ct) is not { } entity)
            {
                return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
            }
            var loaded = await LoadLiveAsync(scope, entity, id, expectedVersion, ct);
            if (!loaded.IsSuccess)
            {
                return loaded.Failure;
            }
            var failure = await SoftDeleteAsync(scope, entity, id, actor, clock.GetUtcNow(), ct);
            return failure is null ? true : failure;
        }, ct);

    public Task<Result<Dictionary<string, object?>>> RestoreAsync(string entitySlug, long id, Actor actor, CancellationToken ct) =>
        database.WriteAsync<Dictionary<string, object?>>(async scope =>
        {
            if (await catalog.FindAsync(entitySlug, ct) is not { } entity)
            {
                return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
            }
            if (await store.FindAsync(scope, entity, id, ct) is not { } row)
            {
                return new NotFoundFailure(Texts.Get("record.notFound", id));
            }
            if (row["deleted_at"] is null)
            {
                return new ConflictFailure(Texts.Get("record.notDeleted"));
            }
            var errors = new ValidationErrors();
            // Coming back must not break rules that held while it was away: unique values and live links.
            var guarded = entity.Fields.Where(f => f.Unique || f.Type == FieldTypeNames.Relation).ToDictionary(f => f.Slug, f => row[f.Slug]);
            await checks.CheckAsync(scope, entity, guarded, null, id, errors, ct);
            if (errors.Any)
            {
                return new ConflictFailure(errors.ToFailure().Errors.First().Value[0], new Dictionary<string, object?> { ["errors"] = errors.ToFailure().Errors });
            }
            var now = clock.GetUtcNow();
            await store.SetDeletedAsync(scope, entity, id, null, now, ct);
            await store.InsertAuditAsync(scope, entity.Slug, id, now, actor.UserId, AuditActions.Restore, [], ct);
            var record = RecordJson.From(entity, (await store.FindAsync(scope, entity, id, ct))!);
            await events.RaiseAsync(scope, new RecordEvent(RecordEventKinds.Restored, entity.Slug, id, now, actor.UserId, record, null), ct);
            return record;
        }, ct);

    private async Task<Result<IDictionary<string, object?>>> LoadLiveAsync(
        WriteScope scope, EntityDefinition entity, long id, long? expectedVersion, CancellationToken ct)
    {
        if (await store.FindAsync(scope, entity, id, ct) is not { } row)
        {
            return new NotFoundFailure(Texts.Get("record.notFound", id));
        }
        if (row["deleted_at"] is not null)
        {
            return new ConflictFailure(Texts.Get("record.deleted"));
        }
        var version = RecordJson.Version(row);
        if (expectedVersion is { } expected && expected != version)
        {
            return new ConflictFailure(Texts.Get("record.stale", version), new Dictionary<string, object?> { ["currentVersion"] = version });
        }
        return Result<IDictionary<string, object?>>.Ok(row);
    }

    private async Task<Failure?> SoftDeleteAsync(WriteScope scope, EntityDefinition entity, long id, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        // Marked first, so a cascade that loops back to this record finds it already gone.
        await store.SetDeletedAsync(scope, entity, id, now, now, ct);
        await store.InsertAuditAsync(scope, entity.Slug, id, now, actor.UserId, AuditActions.Delete, [], ct);
        if (events.Subscribed)
        {
            var deleted = await store.FindAsync(scope, entity, id, ct);
            await events.RaiseAsync(scope, new RecordEvent(RecordEventKinds.Deleted, entity.Slug, id, now, actor.UserId, RecordJson.From(entity, deleted!), null), ct);
        }
        foreach (var other in await catalog.AllAsync(ct))
        {
            foreach (var link in other.Fields.Where(f => f.Type == FieldTypeNames.Relation && f.Relation!.Entity == entity.Slug))
            {
                var linking = await store.LinkingAsync(scope, other, link, id, ct);
                if (linking.Count == 0)
                {
                    continue;
                }
                switch (link.Relation!.OnDelete)
                {
                    case OnDeleteBehaviours.SetNull:
                        foreach (var linkId in linking)
                        {
                            await store.UpdateAsync(scope, other, linkId, new Dictionary<string, object?> { [link.Slug] = null }, null, now, ct);
                            await store.InsertAuditAsync(scope, other.Slug, linkId, now, actor.UserId, AuditActions.Update, [new FieldChange(link.Slug, id, null)], ct);
                        }
                        break;
                    case OnDeleteBehaviours.Cascade:
                        foreach (var linkId in linking)
                        {
                            if (await SoftDeleteAsync(scope, other, linkId, actor, now, ct) is { } failure)
                            {
                                return failure;
                            }
                        }
                        break;
                    default:
                        return new ConflictFailure(Texts.Get("record.restricted", linking.Count, LabelOf(other)));
                }
            }
        }
        return null;
    }

    private async Task<IDictionary<string, object?>> InsertAsync(WriteScope scope, EntityDefinition entity, RecordInput input, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        long? creator = actor.UserId == 0 ? null : actor.UserId;
        var row = await store.InsertAsync(scope, entity, input.Values, creator, input.OwnerId ?? creator, now, ct);
        var changes = input.Values.Where(v => v.Value is not null).Select(v => Change(entity, v.Key, null, v.Value)).ToList();
        await store.InsertAuditAsync(scope, entity.Slug, (long)row["id"]!, now, creator, AuditActions.Create, changes, ct);
        return row;
    }

    private async Task AssignCodesAsync(WriteScope scope, EntityDefinition entity, IReadOnlyList<RecordInput> inputs, CancellationToken ct)
    {
        foreach (var field in entity.Fields.Where(f => f.Type == FieldTypeNames.AutoNumber))
        {
            var codes = await sequences.TakeAsync(scope, entity.Slug, field, inputs.Count, ct);
            for (var i = 0; i < inputs.Count; i++)
            {
                inputs[i].Values[field.Slug] = codes[i];
            }
        }
    }

    private static FieldChange Change(EntityDefinition entity, string slug, object? old, object? value)
    {
        var field = entity.Field(slug)!;
        var type = FieldTypes.Of(field);
        return new FieldChange(slug, type.ToJson(old, field), type.ToJson(value, field));
    }

    /// <summary>SQLite hands back whole numbers as long and reals as double; compare like with like.</summary>
    private static object? Normalise(object? value) => value switch
    {
        int i => (long)i,
        float f => (double)f,
        _ => value,
    };

    private static string LabelOf(EntityDefinition entity) => Languages.Pick(entity.Label, Languages.Current) ?? entity.Slug;
}
