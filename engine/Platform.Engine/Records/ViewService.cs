using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Identity;
using Platform.Engine.Storage;

namespace Platform.Engine.Records;

/// <summary>Saved views: checked like a live query when saved, so a view that is stored can always run.</summary>
public sealed class ViewService(Database database, EntityCatalog catalog, ViewStore store, TimeProvider clock, LocalCalendar calendar)
{
    public async Task<Result<IReadOnlyList<SavedView>>> ListAsync(string entitySlug, CancellationToken ct) =>
        await catalog.FindAsync(entitySlug, ct) is null
            ? new NotFoundFailure(Texts.Get("entity.notFound", entitySlug))
            : Result<IReadOnlyList<SavedView>>.Ok(await store.ListAsync(entitySlug, ct));

    public Task<Result<SavedView>> CreateAsync(string entitySlug, SavedView input, Actor actor, CancellationToken ct) =>
        SaveAsync(entitySlug, null, _ => input with
        {
            Id = Guid.NewGuid().ToString("N"), CreatedBy = actor.UserId, CreatedAt = clock.GetUtcNow(),
        }, ct);

    public Task<Result<SavedView>> UpdateAsync(string entitySlug, string id, JsonElement patch, CancellationToken ct) =>
        SaveAsync(entitySlug, id, current => ViewPatch.Apply(current!, patch), ct);

    public Task<Result<bool>> DeleteAsync(string entitySlug, string id, CancellationToken ct) =>
        database.WriteAsync<bool>(async scope =>
            await store.DeleteAsync(scope, entitySlug, id, ct) ? true : new NotFoundFailure(Texts.Get("view.notFound", id)), ct);

    private Task<Result<SavedView>> SaveAsync(string entitySlug, string? id, Func<SavedView?, Result<SavedView>> build, CancellationToken ct) =>
        database.WriteAsync<SavedView>(async scope =>
        {
            if (await catalog.FindAsync(entitySlug, ct) is not { } entity)
            {
                return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
            }
            SavedView? current = null;
            if (id is not null && (current = await store.FindAsync(scope, entitySlug, id, ct)) is null)
            {
                return new NotFoundFailure(Texts.Get("view.notFound", id));
            }
            var built = build(current);
            if (!built.IsSuccess)
            {
                return built.Failure;
            }
            var view = built.Value with { Entity = entity.Slug, UpdatedAt = clock.GetUtcNow() };
            var errors = Check(entity, view);
            if (errors.Any)
            {
                return errors.ToFailure();
            }
            await store.SaveAsync(scope, view, ct);
            return view;
        }, ct);

    private ValidationErrors Check(EntityDefinition entity, SavedView view)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(view.Name) || view.Name.Length > 100)
        {
            errors.Add("name", Texts.Get("view.name"));
        }
        if (view.Filter is { } filter)
        {
            var compiled = new FilterCompiler(entity, new SqlFragment(), database.Dialect, calendar.Today(), calendar.Zone).Compile(filter);
            if (compiled.Failure is ValidationFailure invalid)
            {
                errors.Add("filter", invalid.Errors.Values.First()[0]);
            }
        }
        foreach (var column in view.Columns ?? [])
        {
            if (entity.Field(column) is null && !SystemFields.IsSystem(column))
            {
                errors.Add("columns", Texts.Get("query.fields", column));
            }
        }
        if (Keyset.ParseSort(entity, view.Sort).Failure is ValidationFailure badSort)
        {
            errors.Add("sort", badSort.Errors.Values.First()[0]);
        }
        return errors;
    }
}
