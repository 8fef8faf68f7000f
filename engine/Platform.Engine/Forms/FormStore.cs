using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Forms;

/// <summary>
/// The <c>sys_forms</c> table (each form's draft as a JSON document), the frozen published versions in
/// <c>sys_form_versions</c>, and the receipts of public submissions.
/// </summary>
public sealed class FormStore(Database database)
{
    private const string Columns = "id, slug, entity, definition, version";

    public Task<IReadOnlyList<FormDefinition>> ListAsync(string entity, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<FormDefinition>>(async c =>
            [.. (await c.QueryAsync<FormRow>(new CommandDefinition(
                $"SELECT {Columns} FROM sys_forms WHERE entity = @entity ORDER BY id", new { entity }, cancellationToken: ct)))
                .Select(r => r.Draft())], ct);

    public Task<FormRow?> FindAsync(string slug, CancellationToken ct) =>
        database.ReadAsync(c => c.QuerySingleOrDefaultAsync<FormRow?>(new CommandDefinition(
            $"SELECT {Columns} FROM sys_forms WHERE slug = @slug", new { slug }, cancellationToken: ct)), ct);

    public Task<FormRow?> FindAsync(WriteScope scope, string slug, CancellationToken ct) =>
        scope.Connection.QuerySingleOrDefaultAsync<FormRow?>(new CommandDefinition(
            $"SELECT {Columns} FROM sys_forms WHERE slug = @slug", new { slug }, scope.Transaction, cancellationToken: ct));

    /// <summary>The entity's default form, if it has been published.</summary>
    public Task<FormRow?> FindDefaultAsync(string entity, CancellationToken ct) =>
        database.ReadAsync(c => c.QuerySingleOrDefaultAsync<FormRow?>(new CommandDefinition(
            $"SELECT {Columns} FROM sys_forms WHERE entity = @entity AND is_default = 1 AND version > 0", new { entity }, cancellationToken: ct)), ct);

    /// <summary>A published version's definition, or null.</summary>
    public Task<FormDefinition?> FindVersionAsync(long formId, int version, CancellationToken ct) =>
        database.ReadAsync(async c =>
        {
            var json = await c.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
                "SELECT definition FROM sys_form_versions WHERE form_id = @formId AND version = @version", new { formId, version }, cancellationToken: ct));
            return json is null ? null : Json.Deserialize<FormDefinition>(json);
        }, ct);

    public async Task<long> InsertAsync(WriteScope scope, FormDefinition form, CancellationToken ct) =>
        await scope.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO sys_forms (slug, entity, is_default, definition, version, created_at, updated_at)
            VALUES (@Slug, @Entity, 0, @Definition, @Version, @CreatedAt, @UpdatedAt) RETURNING id
            """,
            Parameters(form), scope.Transaction, cancellationToken: ct));

    /// <summary>
    /// Saves the draft. The <c>is_default</c> column, which decides the form every record write is checked
    /// with, changes only when <paramref name="published"/>: ticking "default" on a draft takes effect on publish.
    /// </summary>
    public Task UpdateAsync(WriteScope scope, long id, FormDefinition form, CancellationToken ct, bool published = false) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            UPDATE sys_forms SET slug = @Slug, {(published ? "is_default = @IsDefault," : "")} definition = @Definition, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id
            """,
            new { Id = id, form.Slug, form.IsDefault, Definition = Json.Serialize(form), form.Version, UpdatedAt = Timestamps.Format(form.UpdatedAt) },
            scope.Transaction, cancellationToken: ct));

    /// <summary>
    /// Makes no other form of the entity the default: their drafts lose the flag, and when a default form is
    /// <paramref name="published"/>, the live flag too.
    /// </summary>
    public async Task ClearDefaultAsync(WriteScope scope, string entity, long exceptId, bool published, CancellationToken ct)
    {
        var others = await scope.Connection.QueryAsync<FormRow>(new CommandDefinition(
            $"SELECT {Columns} FROM sys_forms WHERE entity = @entity AND id <> @exceptId",
            new { entity, exceptId }, scope.Transaction, cancellationToken: ct));
        foreach (var other in others.Where(o => o.Draft().IsDefault))
        {
            await UpdateAsync(scope, other.Id, other.Draft() with { IsDefault = false }, ct);
        }
        if (published)
        {
            await scope.Connection.ExecuteAsync(new CommandDefinition(
                "UPDATE sys_forms SET is_default = 0 WHERE entity = @entity AND id <> @exceptId",
                new { entity, exceptId }, scope.Transaction, cancellationToken: ct));
        }
    }

    public Task InsertVersionAsync(WriteScope scope, long formId, FormDefinition form, long? publishedBy, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO sys_form_versions (form_id, version, definition, published_at, published_by)
            VALUES (@formId, @Version, @Definition, @PublishedAt, @publishedBy)
            """,
            new { formId, form.Version, Definition = Json.Serialize(form), PublishedAt = Timestamps.Format(form.PublishedAt!.Value), publishedBy },
            scope.Transaction, cancellationToken: ct));

    public async Task<bool> DeleteAsync(WriteScope scope, string entity, string slug, CancellationToken ct) =>
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM sys_forms WHERE entity = @entity AND slug = @slug", new { entity, slug }, scope.Transaction, cancellationToken: ct)) > 0;

    /// <summary>Every form of the entity with its versions, for rewriting field names.</summary>
    public async Task<IReadOnlyList<(long FormId, int Version, FormDefinition Definition)>> AllDefinitionsAsync(WriteScope scope, string entity, CancellationToken ct)
    {
        var rows = await scope.Connection.QueryAsync<(long, int, string)>(new CommandDefinition(
            """
            SELECT f.id, 0, f.definition FROM sys_forms f WHERE f.entity = @entity
            UNION ALL
            SELECT v.form_id, v.version, v.definition FROM sys_form_versions v JOIN sys_forms f ON f.id = v.form_id WHERE f.entity = @entity
            """, new { entity }, scope.Transaction, cancellationToken: ct));
        return [.. rows.Select(r => (r.Item1, r.Item2, Json.Deserialize<FormDefinition>(r.Item3)))];
    }

    /// <summary>Stores a rewritten definition: the draft when <paramref name="version"/> is 0, else that version.</summary>
    public Task RewriteAsync(WriteScope scope, long formId, int version, FormDefinition definition, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            version == 0
                ? "UPDATE sys_forms SET definition = @definition WHERE id = @formId"
                : "UPDATE sys_form_versions SET definition = @definition WHERE form_id = @formId AND version = @version",
            new { formId, version, definition = Json.Serialize(definition) }, scope.Transaction, cancellationToken: ct));

    public Task InsertSubmissionAsync(WriteScope scope, string receipt, string formSlug, int version, string entity, long recordId, DateTimeOffset at, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO sys_form_submissions (receipt, form_slug, version, entity, record_id, submitted_at)
            VALUES (@receipt, @formSlug, @version, @entity, @recordId, @at)
            """,
            new { receipt, formSlug, version, entity, recordId, at = Timestamps.Format(at) }, scope.Transaction, cancellationToken: ct));

    private static object Parameters(FormDefinition form) => new
    {
        form.Slug, form.Entity, form.IsDefault, Definition = Json.Serialize(form), form.Version,
        CreatedAt = Timestamps.Format(form.CreatedAt), UpdatedAt = Timestamps.Format(form.UpdatedAt),
    };
}
