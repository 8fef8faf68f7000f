using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Scripting;

namespace Platform.Engine.Records.Rules;

/// <summary>
/// <c>related(entity, filter)</c> for scripts: live records of any entity, read on the connection (and inside
/// the transaction) of the operation the script runs in, so it sees what that write has written so far.
/// A filter is either <c>{field: value, …}</c> (all equal; a list means any of) or the API's filter JSON.
/// </summary>
internal sealed class RecordRelated(
    IReadOnlyList<EntityDefinition> entities, RecordStore store, Storage.ISqlDialect dialect, LocalCalendar calendar,
    DbConnection connection, DbTransaction? transaction, CancellationToken ct) : IScriptRelated
{
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Find(string entity, JsonObject? filter, int limit)
    {
        var definition = entities.FirstOrDefault(e => e.Slug == entity) ?? throw new ScriptHostException(Texts.Get("related.entity", entity));
        var sql = new SqlFragment();
        var where = "deleted_at IS NULL";
        if (filter is { Count: > 0 })
        {
            var predicate = new FilterCompiler(definition, sql, dialect, calendar.Today(), calendar.Zone).Compile(FilterShorthand.ToFilter(filter));
            if (!predicate.IsSuccess)
            {
                throw new ScriptHostException(predicate.Failure.Detail is { Length: > 0 } detail && predicate.Failure is ValidationFailure v
                    ? v.Errors.Values.First()[0] : predicate.Failure.Detail);
            }
            where += " AND " + predicate.Value;
        }
        // SQLite's async calls complete synchronously, and a script cannot await: waiting here blocks nothing else.
        var rows = store.QueryAsync(connection, definition, definition.Fields, where, "id", limit, sql, ct, transaction).GetAwaiter().GetResult();
        return [.. rows.Select(r => (IReadOnlyDictionary<string, object?>)RecordJson.From(definition, r))];
    }
}
