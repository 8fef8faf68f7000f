using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Records;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// <c>Platform.FindRecords</c>: live records of <c>entity</c> matching <c>filter</c> (the list API's filter JSON,
/// or the short <c>{"field": value}</c> form), in <c>sort</c> order, at most <c>limit</c> (1–100, default 100).
/// They are read inside the burst, so records made earlier in the same burst are found. <c>result</c> is the
/// list; the outcome is <c>Found</c> or <c>NotFound</c>, each with <c>Done</c>.
/// </summary>
internal sealed class FindRecordsActivity(EntityCatalog catalog, RecordReader reader) : IActivityHandler
{
    public const int MaxLimit = 100;

    public string Type => "Platform.FindRecords";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var entity = await ActivityInputs.EntityAsync(catalog, await context.RequiredTextAsync(RecordPayload.Entity, ct), ct);
        var filter = await context.ObjectAsync("filter", ct);
        var sort = await context.TextAsync("sort", ct);
        var limit = await context.IdAsync("limit", ct) ?? MaxLimit;
        if (limit is < 1 or > MaxLimit)
        {
            throw new ActivityFailedException(Texts.Get("activity.findRecords.limit", MaxLimit));
        }
        var found = await reader.FindInScopeAsync(context.Scope(), entity, filter is { Count: > 0 } ? FilterShorthand.ToFilter(filter) : null, sort, (int)limit, ct);
        if (!found.IsSuccess)
        {
            throw ActivityFailedException.From(Type, found.Failure);
        }
        context.SetOutput(RecordTrigger.Result, new JsonArray([.. found.Value.Select(RecordPayload.ToJson)]));
        context.Complete(found.Value.Count > 0 ? "Found" : "NotFound", "Done");
    }
}
