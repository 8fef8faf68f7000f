using Dapper;
using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Rollups;

/// <summary>
/// Writes rollup columns: each parent's value recomputed from its live related records in one statement.
/// The parent's version, update time and audit trail are left alone: the value is derived, and a person
/// editing the parent while related records are logged must not meet a stale-version conflict.
/// </summary>
public sealed class RollupStore(RollupFilter filter)
{
    /// <summary>Recomputes the rollup for the parents <paramref name="ids"/>, or for every parent when null.</summary>
    public Task RefreshAsync(WriteScope scope, RollupPath path, IReadOnlyCollection<long>? ids, CancellationToken ct)
    {
        var sql = new SqlFragment();
        var settings = path.Settings;
        var where = settings.Where is { } w
            ? filter.Compile(path.Child, w, sql) is { IsSuccess: true } compiled
                ? compiled.Value!
                : throw new InvalidOperationException($"The filter of rollup {path.Parent.Slug}.{path.Field.Slug} no longer compiles.")
            : "1 = 1";
        var parameters = new DynamicParameters(sql.Parameters);
        var only = "";
        if (ids is not null)
        {
            parameters.Add("rollupParents", ids);
            only = " WHERE id IN @rollupParents";
        }
        // Unqualified names inside the subquery resolve to the related table first, which also keeps a
        // rollup over the entity itself (sub-tasks of a task) correct.
        return scope.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            UPDATE {SchemaStore.Table(path.Parent.Slug).Quoted} AS rollup_parent
            SET {SchemaStore.Column(path.Field.Slug).Quoted} = (
                SELECT {Aggregate(path)} FROM {SchemaStore.Table(path.Child.Slug).Quoted}
                WHERE {SchemaStore.Column(settings.Via!).Quoted} = rollup_parent.id AND deleted_at IS NULL AND ({where})){only}
            """,
            parameters, scope.Transaction, cancellationToken: ct));
    }

    private static string Aggregate(RollupPath path)
    {
        var settings = path.Settings;
        if (settings.Function == RollupFunctions.Count)
        {
            return "count(*)";
        }
        var column = (SystemFields.Resolve(path.Child, settings.Field!) ?? throw new InvalidOperationException($"Unknown field {settings.Field}.")).Column;
        return settings.Function switch
        {
            RollupFunctions.Sum => $"coalesce(sum({column}), 0)",
            RollupFunctions.Min => $"min({column})",
            _ => $"max({column})",
        };
    }
}
