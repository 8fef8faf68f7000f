using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary><c>Platform.RecordCreated {entity}</c>: a record of the entity was created (the API, a form, an import, a workflow).</summary>
internal sealed class RecordCreatedActivity : RecordTrigger
{
    public const string Name = "Platform.RecordCreated";

    public override string Type => Name;

    public override async ValueTask<IReadOnlyList<TriggerPayload>> IndexAsync(WorkflowActivity activity, Func<string, ValueTask<JsonNode?>> input, CancellationToken ct) =>
        One(new JsonObject { [RecordPayload.Entity] = await EntityAsync(input) });
}
