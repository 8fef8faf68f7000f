using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Identity;
using Platform.Engine.Storage;

namespace Platform.Engine.Forms;

/// <summary>
/// Saves, publishes and describes forms. A form is checked against its entity whenever it is saved, so a
/// stored draft always builds; publishing freezes the draft as the next version.
/// </summary>
public sealed class FormService(Database database, EntityCatalog catalog, FormStore store, FormCatalog forms, UserStore users, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<FormDefinition>>> ListAsync(string entitySlug, CancellationToken ct) =>
        await catalog.FindAsync(entitySlug, ct) is null
            ? new NotFoundFailure(Texts.Get("entity.notFound", entitySlug))
            : Result<IReadOnlyList<FormDefinition>>.Ok(await store.ListAsync(entitySlug, ct));

    public async Task<Result<JsonObject>> GetAsync(string entitySlug, string slug, CancellationToken ct)
    {
        if (await catalog.FindAsync(entitySlug, ct) is not { } entity)
        {
            return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
        }
        var row = await store.FindAsync(slug, ct);
        return row is null || row.Entity != entity.Slug
            ? new NotFoundFailure(Texts.Get("form.notFound", slug))
            : FormDocuments.Describe(entity, row.Draft(), Languages.Current);
    }

    public Task<Result<JsonObject>> CreateAsync(string entitySlug, FormDefinition input, CancellationToken ct) =>
        SaveAsync(entitySlug, null, input, ct);

    public Task<Result<JsonObject>> UpdateAsync(string entitySlug, string slug, FormDefinition input, CancellationToken ct) =>
        SaveAsync(entitySlug, slug, input, ct);

    public Task<Result<bool>> DeleteAsync(string entitySlug, string slug, CancellationToken ct) =>
        database.WriteAsync<bool>(async scope =>
        {
            if (!await store.DeleteAsync(scope, entitySlug, slug, ct))
            {
                return new NotFoundFailure(Texts.Get("form.notFound", slug));
            }
            scope.AfterCommit(() => forms.Invalidate(entitySlug));
            return true;
        }, ct);

    /// <summary>Freezes the draft as the next version; refused while a required field cannot be filled.</summary>
    public Task<Result<JsonObject>> PublishAsync(string entitySlug, string slug, Actor actor, CancellationToken ct) =>
        database.WriteAsync<JsonObject>(async scope =>
        {
            if (await catalog.FindAsync(entitySlug, ct) is not { } entity)
            {
                return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
            }
            if (await store.FindAsync(scope, slug, ct) is not { } row || row.Entity != entity.Slug)
            {
                return new NotFoundFailure(Texts.Get("form.notFound", slug));
            }
            var draft = row.Draft();
            var errors = FormDefinitionRules.CheckPublishable(entity, draft);
            if (errors.Any)
            {
                return errors.ToFailure();
            }
            var now = clock.GetUtcNow();
            var published = draft with { Version = draft.Version + 1, PublishedAt = now, UpdatedAt = now };
            await store.InsertVersionAsync(scope, row.Id, published, actor.UserId == 0 ? null : actor.UserId, ct);
            await store.UpdateAsync(scope, row.Id, published, ct, published: true);
            if (published.IsDefault)
            {
                await store.ClearDefaultAsync(scope, entity.Slug, row.Id, published: true, ct);
            }
            scope.AfterCommit(() => forms.Invalidate(entity.Slug));
            return FormDocuments.Describe(entity, published, Languages.Current);
        }, ct);

    /// <summary>What the record screens render: the default form's latest published version, else all fields.</summary>
    public async Task<Result<JsonObject>> RecordFormAsync(string entitySlug, CancellationToken ct)
    {
        if (await catalog.FindAsync(entitySlug, ct) is not { } entity)
        {
            return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
        }
        if (await store.FindDefaultAsync(entity.Slug, ct) is { } row && await store.FindVersionAsync(row.Id, (int)row.Version, ct) is { } published)
        {
            return FormDocuments.Render(entity, published, published.Version, Languages.Current);
        }
        var generated = new FormDefinition { Layout = FormSchemaBuilder.DefaultLayout(entity), Label = entity.Label };
        return FormDocuments.Render(entity, generated, 0, Languages.Current);
    }

    /// <summary>A public form's latest published version with its entity, or not found.</summary>
    public async Task<Result<(EntityDefinition Entity, FormRow Row, FormDefinition Published)>> PublishedPublicAsync(string slug, int? version, CancellationToken ct)
    {
        var row = await store.FindAsync(slug, ct);
        var published = row is null || row.Version == 0 ? null : await store.FindVersionAsync(row.Id, version ?? (int)row.Version, ct);
        if (row is null || published is null || !published.Public || await catalog.FindAsync(row.Entity, ct) is not { } entity)
        {
            return version is not null && row is not null && published is null
                ? new NotFoundFailure(Texts.Get("form.versionNotFound", slug, version))
                : new NotFoundFailure(Texts.Get("form.notPublic", slug));
        }
        return (entity, row, published with { Slug = row.Slug });
    }

    /// <summary>The schema, uiSchema and rules of an unsaved definition, for the designer's live preview.</summary>
    public async Task<Result<JsonObject>> PreviewAsync(string entitySlug, FormDefinition input, CancellationToken ct)
    {
        if (await catalog.FindAsync(entitySlug, ct) is not { } entity)
        {
            return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
        }
        var form = WithDefaults(entity, input);
        var errors = FormDefinitionRules.Check(entity, form with { Slug = string.IsNullOrEmpty(form.Slug) ? "preview" : form.Slug });
        return errors.Any ? errors.ToFailure() : FormDocuments.Describe(entity, form, Languages.Current);
    }

    private Task<Result<JsonObject>> SaveAsync(string entitySlug, string? slug, FormDefinition input, CancellationToken ct) =>
        database.WriteAsync<JsonObject>(async scope =>
        {
            if (await catalog.FindAsync(entitySlug, ct) is not { } entity)
            {
                return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
            }
            FormRow? current = null;
            if (slug is not null && ((current = await store.FindAsync(scope, slug, ct)) is null || current.Entity != entity.Slug))
            {
                return new NotFoundFailure(Texts.Get("form.notFound", slug));
            }
            var now = clock.GetUtcNow();
            var previous = current?.Draft();
            var form = WithDefaults(entity, input) with
            {
                Slug = string.IsNullOrEmpty(input.Slug) ? slug ?? "" : input.Slug,
                Version = previous?.Version ?? 0,
                PublishedAt = previous?.PublishedAt,
                CreatedAt = previous?.CreatedAt ?? now,
                UpdatedAt = now,
            };
            var errors = FormDefinitionRules.Check(entity, form);
            if (form.Submission?.OwnerId is { } owner && await users.FindAsync(owner, ct) is null)
            {
                errors.Add("submission.ownerId", Texts.Get("value.user"));
            }
            if (form.Slug != slug && await store.FindAsync(scope, form.Slug, ct) is not null)
            {
                errors.Add("slug", Texts.Get("form.exists", form.Slug));
            }
            if (errors.Any)
            {
                return errors.ToFailure();
            }
            var id = current?.Id ?? await store.InsertAsync(scope, form, ct);
            if (current is not null)
            {
                await store.UpdateAsync(scope, id, form, ct);
            }
            if (form.IsDefault)
            {
                await store.ClearDefaultAsync(scope, entity.Slug, id, published: false, ct);
            }
            scope.AfterCommit(() => forms.Invalidate(entity.Slug));
            return FormDocuments.Describe(entity, form, Languages.Current);
        }, ct);

    /// <summary>A form given only a slug takes the entity's generated layout and its name.</summary>
    private static FormDefinition WithDefaults(EntityDefinition entity, FormDefinition input) => input with
    {
        Entity = entity.Slug,
        Layout = input.Layout ?? FormSchemaBuilder.DefaultLayout(entity),
        Label = input.Label is { Count: > 0 } ? input.Label : new Dictionary<string, string>(entity.Label),
        Fields = input.Fields ?? [],
        Rules = input.Rules ?? [],
        HiddenFields = input.HiddenFields ?? [],
    };
}
