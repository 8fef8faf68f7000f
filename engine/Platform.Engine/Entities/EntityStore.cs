using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Entities;

/// <summary>The <c>sys_entities</c> table: each entity's definition as a JSON document.</summary>
public sealed class EntityStore(Database database)
{
    public Task<IReadOnlyList<EntityDefinition>> ListAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<EntityDefinition>>(async connection =>
        {
            var rows = await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT definition FROM sys_entities ORDER BY position, slug", cancellationToken: ct));
            return [.. rows.Select(Json.Deserialize<EntityDefinition>)];
        }, ct);

    public async Task<EntityDefinition?> FindAsync(WriteScope scope, string slug, CancellationToken ct)
    {
        var json = await scope.Connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT definition FROM sys_entities WHERE slug = @slug", new { slug }, scope.Transaction, cancellationToken: ct));
        return json is null ? null : Json.Deserialize<EntityDefinition>(json);
    }

    public async Task<IReadOnlyList<EntityDefinition>> ListAsync(WriteScope scope, CancellationToken ct)
    {
        var rows = await scope.Connection.QueryAsync<string>(new CommandDefinition(
            "SELECT definition FROM sys_entities ORDER BY position, slug", transaction: scope.Transaction, cancellationToken: ct));
        return [.. rows.Select(Json.Deserialize<EntityDefinition>)];
    }

    public Task InsertAsync(WriteScope scope, EntityDefinition entity, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO sys_entities (slug, definition, position, created_at, updated_at)
            VALUES (@Slug, @Definition, (SELECT coalesce(max(position), 0) + 1 FROM sys_entities), @At, @At)
            """,
            new { entity.Slug, Definition = Json.Serialize(entity), At = Timestamps.Format(entity.UpdatedAt) },
            scope.Transaction, cancellationToken: ct));

    /// <summary>Saves a changed definition, under a new slug when it was renamed.</summary>
    public Task UpdateAsync(WriteScope scope, string slug, EntityDefinition entity, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sys_entities SET slug = @NewSlug, definition = @Definition, updated_at = @At WHERE slug = @slug",
            new { slug, NewSlug = entity.Slug, Definition = Json.Serialize(entity), At = Timestamps.Format(entity.UpdatedAt) },
            scope.Transaction, cancellationToken: ct));

    /// <summary>Moves everything the system keeps per entity to a new slug.</summary>
    public async Task RenameReferencesAsync(WriteScope scope, string from, string to, CancellationToken ct)
    {
        foreach (var sql in new[]
        {
            "UPDATE sys_audit SET entity = @to WHERE entity = @from",
            "UPDATE sys_sequences SET entity = @to WHERE entity = @from",
            "UPDATE sys_views SET entity = @to WHERE entity = @from",
            "UPDATE sys_forms SET entity = @to WHERE entity = @from",
            "UPDATE sys_form_submissions SET entity = @to WHERE entity = @from",
            "UPDATE sys_rules SET entity = @to WHERE entity = @from",
            "UPDATE sys_record_scores SET entity = @to WHERE entity = @from",
            "UPDATE sys_formula_jobs SET entity = @to WHERE entity = @from",
            "UPDATE sys_stage_ledger SET entity = @to WHERE entity = @from",
            "UPDATE sys_board_ranks SET entity = @to WHERE entity = @from",
            "UPDATE sys_assignments SET entity = @to WHERE entity = @from",
            "UPDATE sys_assignment_cursors SET entity = @to WHERE entity = @from",
        })
        {
            await scope.Connection.ExecuteAsync(new CommandDefinition(sql, new { from, to }, scope.Transaction, cancellationToken: ct));
        }
    }

    public async Task DeleteAsync(WriteScope scope, string slug, CancellationToken ct)
    {
        foreach (var sql in new[]
        {
            "DELETE FROM sys_entities WHERE slug = @slug",
            "DELETE FROM sys_sequences WHERE entity = @slug",
            "DELETE FROM sys_views WHERE entity = @slug",
            // Published versions go with their form (ON DELETE CASCADE).
            "DELETE FROM sys_forms WHERE entity = @slug",
            "DELETE FROM sys_form_submissions WHERE entity = @slug",
            "DELETE FROM sys_rules WHERE entity = @slug",
            "DELETE FROM sys_record_scores WHERE entity = @slug",
            "DELETE FROM sys_formula_jobs WHERE entity = @slug",
            "DELETE FROM sys_stage_ledger WHERE entity = @slug",
            "DELETE FROM sys_board_ranks WHERE entity = @slug",
            "DELETE FROM sys_assignments WHERE entity = @slug",
            "DELETE FROM sys_assignment_cursors WHERE entity = @slug",
            // Record ids restart in a new table of the same name; old history must not attach to them.
            "DELETE FROM sys_audit WHERE entity = @slug",
        })
        {
            await scope.Connection.ExecuteAsync(new CommandDefinition(sql, new { slug }, scope.Transaction, cancellationToken: ct));
        }
    }
}
