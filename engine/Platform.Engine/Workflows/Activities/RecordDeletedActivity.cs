using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary><c>Platform.RecordDeleted {entity}</c>: a record of the entity was moved to the trash (also by a cascade).</summary>
internal sealed class RecordDeletedActivity : RecordTrigger
{
    public const string Name = "Platform.RecordDeleted";

    public override string Type => Name;

    public override async ValueTask<IReadOnlyList<TriggerPayload>> IndexAsync(WorkflowActivity activity, Func<string, ValueTask<JsonNode?>> input, CancellationToken ct) =>
        One(new JsonObject { [RecordPayload.Entity] = await EntityAsync(input) });
}
