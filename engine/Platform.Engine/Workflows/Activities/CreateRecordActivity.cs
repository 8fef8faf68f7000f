using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Records;
using Platform.Engine.Records.Pipelines;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// <c>Platform.CreateRecord</c>: creates a record of <c>entity</c> from <c>values</c> (an object keyed by field
/// slug, as the API's create body), with every check, script, audit entry and record event a create through
/// the API has. <c>result</c> is the record; a refused create faults with each field's error.
/// </summary>
internal sealed class CreateRecordActivity(EntityCatalog catalog, RecordService records) : IActivityHandler
{
    public string Type => "Platform.CreateRecord";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var entity = await ActivityInputs.EntityAsync(catalog, await context.RequiredTextAsync(RecordPayload.Entity, ct), ct);
        var values = JsonSerializer.SerializeToElement(await context.ObjectAsync("values", ct) ?? []);
        var created = await ActivitySavepoint.WriteAsync(context, scope =>
            records.CreateInScopeAsync(scope, entity, values, context.Environment.Actor, ct, source: StageSources.Workflow), ct);
        context.SetOutput(RecordTrigger.Result, RecordPayload.ToJson(created));
        context.Note(Texts.Get("activity.createRecord.note", entity.Slug, created[SystemFields.Id]));
        context.Complete();
    }
}
