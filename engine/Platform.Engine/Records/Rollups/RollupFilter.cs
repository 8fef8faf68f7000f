using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Rollups;

/// <summary>A rollup's filter as SQL over the related entity, compiled like a records API filter.</summary>
public sealed class RollupFilter(ISqlDialect dialect, LocalCalendar calendar) : IRollupFilter
{
    public Result<string> Compile(EntityDefinition child, JsonObject where, SqlFragment sql) =>
        new FilterCompiler(child, sql, dialect, calendar.Today(), calendar.Zone).Compile(FilterShorthand.ToFilter(where));

    public string? Check(EntityDefinition child, JsonObject where) =>
        Compile(child, where, new SqlFragment()).Failure is { } failure
            ? failure is ValidationFailure invalid ? invalid.Errors.First().Value[0] : failure.Detail
            : null;
}
