using System.Data.Common;
using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Records;

/// <summary>Reads records: one, a filtered and sorted page, or a record's history.</summary>
public sealed class RecordReader(Database database, EntityCatalog catalog, RecordStore store, LocalCalendar calendar)
{
    public async Task<Result<Dictionary<string, object?>>> GetAsync(string entitySlug, long id, CancellationToken ct)
    {
        if (await catalog.FindAsync(entitySlug, ct) is not { } entity)
        {
            return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
        }
        var row = await database.ReadAsync(c => store.FindAsync(c, null, entity, id, ct), ct);
        return row is null ? new NotFoundFailure(Texts.Get("record.notFound", id)) : RecordJson.From(entity, row);
    }

    /// <summary>One record read inside a caller's write, so it shows what that write has changed so far.</summary>
    public async Task<Result<Dictionary<string, object?>>> GetInScopeAsync(WriteScope scope, string entitySlug, long id, CancellationToken ct)
    {
        if (await catalog.FindAsync(entitySlug, ct) is not { } entity)
        {
            return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
        }
        var row = await store.FindAsync(scope, entity, id, ct);
        return row is null ? new NotFoundFailure(Texts.Get("record.notFound", id)) : RecordJson.From(entity, row);
    }

    public async Task<Result<IReadOnlyList<HistoryEntry>>> HistoryAsync(string entitySlug, long id, CancellationToken ct)
    {
        if (await catalog.FindAsync(entitySlug, ct) is not { } entity)
        {
            return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
        }
        var history = await database.ReadAsync(c => store.HistoryAsync(c, entity.Slug, id, ct), ct);
        return history.Count == 0 ? new NotFoundFailure(Texts.Get("record.notFound", id)) : Result<IReadOnlyList<HistoryEntry>>.Ok(history);
    }

    public async Task<Result<RecordPage>> ListAsync(string entitySlug, RecordQuery query, CancellationToken ct)
    {
        if (await catalog.FindAsync(entitySlug, ct) is not { } entity)
        {
            return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
        }
        var sql = new SqlFragment();
        var filtered = Where(entity, query.Filter, query.Deleted, sql);
        if (!filtered.IsSuccess)
        {
            return filtered.Failure;
        }
        var where = filtered.Value;
        if (query.Q?.Trim() is { Length: > 0 } q)
        {
            where.Add(SearchPredicate(entity, q, sql));
        }
        var shape = Shape(entity, query);
        if (!shape.IsSuccess)
        {
            return shape.Failure;
        }
        var keys = Keyset.ParseSort(entity, query.Sort);
        if (!keys.IsSuccess)
        {
            return keys.Failure;
        }
        return await database.ReadAsync(c => PageAsync(c, entity, query, shape.Value, keys.Value, where, sql, ct), ct);
    }

    /// <summary>
    /// Up to <paramref name="limit"/> live records matching <paramref name="filter"/> (the list API's filter JSON)
    /// in <paramref name="sort"/> order, read inside a caller's write: a workflow step sees the records its
    /// own burst created.
    /// </summary>
    public async Task<Result<IReadOnlyList<Dictionary<string, object?>>>> FindInScopeAsync(WriteScope scope, EntityDefinition entity,
        JsonElement? filter, string? sort, int limit, CancellationToken ct)
    {
        var sql = new SqlFragment();
        var where = Where(entity, filter, deleted: false, sql);
        if (!where.IsSuccess)
        {
            return where.Failure;
        }
        var keys = Keyset.ParseSort(entity, sort);
        if (!keys.IsSuccess)
        {
            return keys.Failure;
        }
        var rows = await store.QueryAsync(scope.Connection, entity, entity.Fields, string.Join(" AND ", where.Value), Keyset.OrderBy(keys.Value),
            Math.Clamp(limit, 1, RecordQuery.MaxLimit), sql, ct, scope.Transaction);
        return Result<IReadOnlyList<Dictionary<string, object?>>>.Ok([.. rows.Select(r => RecordJson.From(entity, r))]);
    }

    /// <summary>The WHERE conditions of a list: live or trashed records, and the filter compiled against the entity.</summary>
    private Result<List<string>> Where(EntityDefinition entity, JsonElement? filter, bool deleted, SqlFragment sql)
    {
        var where = new List<string> { deleted ? "deleted_at IS NOT NULL" : "deleted_at IS NULL" };
        if (filter is { } json)
        {
            var predicate = new FilterCompiler(entity, sql, database.Dialect, calendar.Today(), calendar.Zone).Compile(json);
            if (!predicate.IsSuccess)
            {
                return predicate.Failure;
            }
            where.Add(predicate.Value);
        }
        return where;
    }

    private async Task<Result<RecordPage>> PageAsync(DbConnection connection, EntityDefinition entity, RecordQuery query,
        IReadOnlyList<FieldDefinition> fields, IReadOnlyList<SortKey> keys, List<string> where, SqlFragment sql, CancellationToken ct)
    {
        long? total = query.Count ? await store.CountAsync(connection, entity, string.Join(" AND ", where), sql, ct) : null;
        if (query.Cursor is { Length: > 0 } cursor)
        {
            if (Keyset.Decode(cursor, keys.Count) is not { } after)
            {
                return ValidationFailure.For("cursor", Texts.Get("query.cursor"));
            }
            where.Add(Keyset.After(keys, after, sql));
        }
        var limit = query.EffectiveLimit;
        var sortFields = keys.Select(k => entity.Field(k.Key)).OfType<FieldDefinition>();
        var rows = await store.QueryAsync(connection, entity, fields.Union(sortFields), string.Join(" AND ", where), Keyset.OrderBy(keys), limit + 1, sql, ct);
        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? Keyset.Encode(keys.Select(k => page[^1][k.Key])) : null;
        var items = page.Select(r => (IDictionary<string, object?>)RecordJson.From(entity, r, fields)).ToList();
        await ExpandAsync(connection, entity, query.Expand ?? [], items, ct);
        return new RecordPage(items, next, total);
    }

    /// <summary>
    /// Three characters or more go through the trigram index. Shorter text ("上海") cannot; it is matched
    /// against the record's own text columns, which lets the scan follow the page's order and stop once
    /// the page is full instead of collecting every match first.
    /// </summary>
    private string SearchPredicate(EntityDefinition entity, string q, SqlFragment sql)
    {
        var dialect = database.Dialect;
        if (q.Length >= dialect.MinimumIndexedSearchLength)
        {
            return dialect.IndexedSearch(SearchIndexStore.Table(entity.Slug), sql.Add(dialect.IndexedSearchParameter(q)));
        }
        var pattern = sql.Add(dialect.LikePattern(q, startsWith: false));
        var columns = entity.Fields.Where(SearchIndexStore.IsSearchable).Select(f => dialect.Like(SchemaStore.Column(f.Slug).Quoted, pattern)).ToList();
        return columns.Count == 0 ? "1 = 0" : "(" + string.Join(" OR ", columns) + ")";
    }

    /// <summary>The fields to return; every name in fields/expand must exist.</summary>
    private static Result<IReadOnlyList<FieldDefinition>> Shape(EntityDefinition entity, RecordQuery query)
    {
        var errors = new ValidationErrors();
        var fields = new List<FieldDefinition>();
        foreach (var name in query.Fields ?? [.. entity.Fields.Select(f => f.Slug)])
        {
            if (entity.Field(name) is { } field)
            {
                fields.Add(field);
            }
            else if (!SystemFields.IsSystem(name))
            {
                errors.Add("fields", Texts.Get("query.fields", name));
            }
        }
        foreach (var name in query.Expand ?? [])
        {
            if (name != SystemFields.OwnerId && name != SystemFields.CreatedBy
                && entity.Field(name)?.Type is not (FieldTypeNames.Relation or FieldTypeNames.User))
            {
                errors.Add("expand", Texts.Get("query.expand", name));
            }
        }
        return errors.Any ? errors.ToFailure() : fields;
    }

    /// <summary>Replaces ids in relation and user fields by the linked record or user, one query per field.</summary>
    private async Task ExpandAsync(DbConnection connection, EntityDefinition entity, IReadOnlyList<string> expand,
        List<IDictionary<string, object?>> items, CancellationToken ct)
    {
        foreach (var name in expand.Distinct())
        {
            var ids = items.Select(i => i.TryGetValue(name, out var v) ? v : null).OfType<long>().Distinct().ToList();
            if (ids.Count == 0)
            {
                continue;
            }
            var field = entity.Field(name);
            Dictionary<long, object> linked;
            if (field?.Type == FieldTypeNames.Relation && await catalog.FindAsync(field.Relation!.Entity, ct) is { } target)
            {
                linked = (await store.FindManyAsync(connection, target, ids, ct)).ToDictionary(r => (long)r["id"]!, r => (object)RecordJson.From(target, r));
            }
            else
            {
                linked = (await store.UsersAsync(connection, ids, ct)).ToDictionary(r => (long)r["id"]!, r => (object)r);
            }
            foreach (var item in items)
            {
                if (item.TryGetValue(name, out var v) && v is long id && linked.TryGetValue(id, out var found))
                {
                    item[name] = found;
                }
            }
        }
    }
}
