using System.Text.Json.Nodes;
using Platform.Engine.Entities;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// <c>Platform.StageChanged {entity, field}</c>: a record moved to another stage of a stage field. Without
/// <c>field</c> it watches every stage field the entity has. <c>from</c> and <c>to</c> (stage values, or lists of
/// them) are conditions checked in <see cref="AcceptsAsync"/>.
/// </summary>
internal sealed class StageChangedActivity(EntityCatalog catalog) : RecordTrigger
{
    public const string Name = "Platform.StageChanged";

    /// <summary>The stimulus input names the stage field that changed, beside the record payload.</summary>
    public const string Field = "field";

    public override string Type => Name;

    public override async ValueTask<IReadOnlyList<TriggerPayload>> IndexAsync(WorkflowActivity activity, Func<string, ValueTask<JsonNode?>> input, CancellationToken ct)
    {
        var entity = await EntityAsync(input);
        IEnumerable<string> fields = InputValues.Text(await input(Field)) is { } field
            ? [field]
            : (await catalog.FindAsync(entity, ct))?.Fields.Where(f => f.Type == FieldTypeNames.Stage).Select(f => f.Slug) ?? [];
        return [.. fields.Select(f => new TriggerPayload(Type, new JsonObject { [RecordPayload.Entity] = entity, [Field] = f }))];
    }

    public override async ValueTask<bool> AcceptsAsync(WorkflowActivity activity, JsonObject stimulusInput, Func<string, ValueTask<JsonNode?>> input, CancellationToken ct)
    {
        if (InputValues.Text(stimulusInput[Field]) is not { } changed)
        {
            return false;
        }
        var watched = InputValues.Text(await input(Field));
        return (watched is null || watched == changed)
            && (await ChangeCondition.ReadAsync(input, [changed])).Matches(stimulusInput[RecordPayload.Changes] as JsonArray);
    }
}
