using System.Data.Common;
using Dapper;
using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Pipelines;

/// <summary>
/// The SQL of the kanban board: per-stage totals in one pass, the first cards of every column in another, and
/// one column a page at a time. Cards are ordered the same way everywhere: ranked cards first by rank, then
/// the rest most recently changed first.
/// </summary>
public sealed class BoardStore
{
    private const string CardOrder = "board_order IS NULL, board_order, updated_at DESC, id DESC";

    public async Task<IReadOnlyList<(string? Stage, long Count, double Sum)>> TotalsAsync(DbConnection connection, EntityDefinition entity,
        FieldDefinition stage, FieldDefinition? amount, string where, SqlFragment sql, CancellationToken ct)
    {
        var sum = amount is null ? "0" : $"total({SchemaStore.Column(amount.Slug).Quoted})";
        var column = SchemaStore.Column(stage.Slug).Quoted;
        return [.. await connection.QueryAsync<(string?, long, double)>(new CommandDefinition(
            $"SELECT {column}, count(*), {sum} FROM {SchemaStore.Table(entity.Slug).Quoted} WHERE {where} GROUP BY {column}",
            new DynamicParameters(sql.Parameters), cancellationToken: ct))];
    }

    /// <summary>Up to <paramref name="perColumn"/> records of each stage, in card order.</summary>
    public async Task<IReadOnlyList<IDictionary<string, object?>>> CardsAsync(DbConnection connection, EntityDefinition entity, FieldDefinition stage,
        string where, int perColumn, SqlFragment sql, CancellationToken ct)
    {
        var column = SchemaStore.Column(stage.Slug).Quoted;
        var parameters = Parameters(entity, stage, sql);
        parameters.Add("__cards", perColumn);
        var rows = await connection.QueryAsync(new CommandDefinition($"""
            SELECT * FROM (
              SELECT *, row_number() OVER (PARTITION BY {column} ORDER BY {CardOrder}) AS board_rank
              FROM ({Ranked(entity, where)}))
            WHERE board_rank <= @__cards
            """, parameters, cancellationToken: ct));
        return [.. rows.Cast<IDictionary<string, object?>>()];
    }

    /// <summary>One page of a column (<paramref name="value"/> null: the records without a stage), in card order.</summary>
    public async Task<IReadOnlyList<IDictionary<string, object?>>> ColumnAsync(DbConnection connection, EntityDefinition entity, FieldDefinition stage,
        string? value, string where, int offset, int limit, SqlFragment sql, CancellationToken ct)
    {
        var parameters = Parameters(entity, stage, sql);
        parameters.Add("__offset", offset);
        parameters.Add("__limit", limit);
        parameters.Add("__stage", value);
        var rows = await connection.QueryAsync(new CommandDefinition(
            $"SELECT * FROM ({Ranked(entity, $"{where} AND {InStage(stage, value)}")}) ORDER BY {CardOrder} LIMIT @__limit OFFSET @__offset",
            parameters, cancellationToken: ct));
        return [.. rows.Cast<IDictionary<string, object?>>()];
    }

    public Task<long> CountAsync(DbConnection connection, EntityDefinition entity, FieldDefinition stage, string? value, string where, SqlFragment sql,
        CancellationToken ct)
    {
        var parameters = new DynamicParameters(sql.Parameters);
        parameters.Add("__stage", value);
        return connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT count(*) FROM {SchemaStore.Table(entity.Slug).Quoted} WHERE {where} AND {InStage(stage, value)}", parameters, cancellationToken: ct));
    }

    /// <summary>Which of <paramref name="ids"/> are live records holding <paramref name="value"/>.</summary>
    public async Task<HashSet<long>> InStageAsync(WriteScope scope, EntityDefinition entity, FieldDefinition stage, string value, IReadOnlyList<long> ids,
        CancellationToken ct) =>
        [.. await scope.Connection.QueryAsync<long>(new CommandDefinition(
            $"SELECT id FROM {SchemaStore.Table(entity.Slug).Quoted} WHERE id IN @ids AND deleted_at IS NULL AND {SchemaStore.Column(stage.Slug).Quoted} = @value",
            new { ids, value }, scope.Transaction, cancellationToken: ct))];

    /// <summary>
    /// The entity's matching rows with their board rank. The rank is read in a subquery rather than joined, so
    /// that a field named like a column of <c>sys_board_ranks</c> cannot make the filter's names ambiguous.
    /// </summary>
    private static string Ranked(EntityDefinition entity, string where)
    {
        var table = SchemaStore.Table(entity.Slug).Quoted;
        return $"""
            SELECT *, (SELECT r.rank FROM sys_board_ranks r WHERE r.entity = @__entity AND r.field = @__field AND r.record_id = {table}.id) AS board_order
            FROM {table} WHERE {where}
            """;
    }

    private static string InStage(FieldDefinition stage, string? value) =>
        value is null ? $"{SchemaStore.Column(stage.Slug).Quoted} IS NULL" : $"{SchemaStore.Column(stage.Slug).Quoted} = @__stage";

    private static DynamicParameters Parameters(EntityDefinition entity, FieldDefinition stage, SqlFragment sql)
    {
        var parameters = new DynamicParameters(sql.Parameters);
        parameters.Add("__entity", entity.Slug);
        parameters.Add("__field", stage.Slug);
        return parameters;
    }
}
