using Dapper;
using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Pipelines;

/// <summary>
/// The SQL of <c>sys_board_ranks</c>: the place a person gave a card in its board column. A rank belongs to the
/// column it was given in, so it goes when the record changes stage.
/// </summary>
public sealed class BoardRankStore
{
    /// <summary>
    /// Puts <paramref name="ids"/> at the top of the column of <paramref name="value"/>, in that order; every other
    /// card of the column loses its rank and falls back to recency order below them.
    /// </summary>
    public async Task PlaceAsync(WriteScope scope, EntityDefinition entity, FieldDefinition stage, string value, IReadOnlyList<long> ids, CancellationToken ct)
    {
        await DropStageAsync(scope, entity, stage, value, ct);
        for (var i = 0; i < ids.Count; i++)
        {
            await scope.Prepared("INSERT OR REPLACE INTO sys_board_ranks (entity, field, record_id, rank) VALUES (@entity, @field, @recordId, @rank)")
                .With("entity", entity.Slug).With("field", stage.Slug).With("recordId", ids[i]).With("rank", (double)(i + 1)).ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Forgets the record's place: it changed stage.</summary>
    public Task DropAsync(WriteScope scope, string entity, string field, long recordId, CancellationToken ct) =>
        scope.Prepared("DELETE FROM sys_board_ranks WHERE entity = @entity AND field = @field AND record_id = @recordId")
            .With("entity", entity).With("field", field).With("recordId", recordId).ExecuteNonQueryAsync(ct);

    /// <summary>Forgets the places of every record holding <paramref name="value"/>, live or in the trash.</summary>
    public Task DropStageAsync(WriteScope scope, EntityDefinition entity, FieldDefinition stage, string value, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition($"""
            DELETE FROM sys_board_ranks WHERE entity = @entity AND field = @field
              AND record_id IN (SELECT id FROM {SchemaStore.Table(entity.Slug).Quoted} WHERE {SchemaStore.Column(stage.Slug).Quoted} = @value)
            """, new { entity = entity.Slug, field = stage.Slug, value }, scope.Transaction, cancellationToken: ct));

    public Task RenameFieldAsync(WriteScope scope, string entity, string from, string to, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition("UPDATE sys_board_ranks SET field = @to WHERE entity = @entity AND field = @from",
            new { entity, from, to }, scope.Transaction, cancellationToken: ct));

    public Task DeleteFieldAsync(WriteScope scope, string entity, string field, CancellationToken ct) =>
        scope.Connection.ExecuteAsync(new CommandDefinition("DELETE FROM sys_board_ranks WHERE entity = @entity AND field = @field",
            new { entity, field }, scope.Transaction, cancellationToken: ct));
}
