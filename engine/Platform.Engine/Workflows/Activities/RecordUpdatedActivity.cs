using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// <c>Platform.RecordUpdated {entity}</c>: a record of the entity changed. The optional inputs <c>field</c>,
/// <c>from</c> and <c>to</c> narrow it to "field changed (from A) (to B)"; they are conditions, not part of
/// the trigger's hash, so every update reaches <see cref="AcceptsAsync"/>.
/// </summary>
internal sealed class RecordUpdatedActivity : RecordTrigger
{
    public const string Name = "Platform.RecordUpdated";

    public override string Type => Name;

    public override async ValueTask<IReadOnlyList<TriggerPayload>> IndexAsync(WorkflowActivity activity, Func<string, ValueTask<JsonNode?>> input, CancellationToken ct) =>
        One(new JsonObject { [RecordPayload.Entity] = await EntityAsync(input) });

    public override async ValueTask<bool> AcceptsAsync(WorkflowActivity activity, JsonObject stimulusInput, Func<string, ValueTask<JsonNode?>> input, CancellationToken ct) =>
        (await ChangeCondition.ReadAsync(input)).Matches(stimulusInput[RecordPayload.Changes] as JsonArray);
}
