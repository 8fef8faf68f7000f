using System.Data.Common;
using Dapper;
using Platform.Engine.Entities;

namespace Platform.Engine.Records.Pipelines;

/// <summary>The SQL of the kanban board: per-stage totals in one pass, and the first cards of every column in another.</summary>
public sealed class BoardStore
{
    public async Task<IReadOnlyList<(string? Stage, long Count, double Sum)>> TotalsAsync(DbConnection connection, EntityDefinition entity,
        FieldDefinition stage, FieldDefinition? amount, string where, SqlFragment sql, CancellationToken ct)
    {
        var sum = amount is null ? "0" : $"total({SchemaStore.Column(amount.Slug).Quoted})";
        var column = SchemaStore.Column(stage.Slug).Quoted;
        return [.. await connection.QueryAsync<(string?, long, double)>(new CommandDefinition(
            $"SELECT {column}, count(*), {sum} FROM {SchemaStore.Table(entity.Slug).Quoted} WHERE {where} GROUP BY {column}",
            new DynamicParameters(sql.Parameters), cancellationToken: ct))];
    }

    /// <summary>Up to <paramref name="perColumn"/> records of each stage, most recently changed first.</summary>
    public async Task<IReadOnlyList<IDictionary<string, object?>>> CardsAsync(DbConnection connection, EntityDefinition entity, FieldDefinition stage,
        string where, int perColumn, SqlFragment sql, CancellationToken ct)
    {
        var column = SchemaStore.Column(stage.Slug).Quoted;
        var parameters = new DynamicParameters(sql.Parameters);
        parameters.Add("__cards", perColumn);
        var rows = await connection.QueryAsync(new CommandDefinition($"""
            SELECT * FROM (
              SELECT *, row_number() OVER (PARTITION BY {column} ORDER BY updated_at DESC, id DESC) AS board_rank
              FROM {SchemaStore.Table(entity.Slug).Quoted} WHERE {where})
            WHERE board_rank <= @__cards
            """, parameters, cancellationToken: ct));
        return [.. rows.Cast<IDictionary<string, object?>>()];
    }
}
