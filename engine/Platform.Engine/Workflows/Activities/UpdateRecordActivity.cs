using System.Text.Json;
using Platform.Engine.Entities;
using Platform.Engine.Records;
using Platform.Engine.Records.Pipelines;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// <c>Platform.UpdateRecord</c>: changes the fields in <c>values</c> of record <c>recordId</c> of <c>entity</c>
/// (the workflow's own record when both are left out), as a PATCH through the API would. <c>result</c> is the
/// record as saved; a refused change faults with each field's error.
/// </summary>
internal sealed class UpdateRecordActivity(EntityCatalog catalog, RecordService records) : IActivityHandler
{
    public string Type => "Platform.UpdateRecord";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var (slug, id) = await RecordTarget.RequiredAsync(context, ct);
        var entity = await ActivityInputs.EntityAsync(catalog, slug, ct);
        var values = JsonSerializer.SerializeToElement(await context.ObjectAsync("values", ct) ?? []);
        var updated = await ActivitySavepoint.WriteAsync(context, scope =>
            records.UpdateInScopeAsync(scope, entity, id, values, null, context.Environment.Actor, ct, StageSources.Workflow), ct);
        context.SetOutput(RecordTrigger.Result, RecordPayload.ToJson(updated));
        context.Complete();
    }
}
