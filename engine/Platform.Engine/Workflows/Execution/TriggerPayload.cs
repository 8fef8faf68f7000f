using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// A stimulus name and payload that starts a workflow, e.g. <c>Platform.RecordCreated {"entity":"lead"}</c> or
/// <c>Elsa.Cron {"cronExpression":"0 0 * * * *"}</c>. Timer-like names are scheduled by the runtime.
/// </summary>
public sealed record TriggerPayload(string Name, JsonObject Payload)
{
    public string Hash => BookmarkHash.Compute(Name, Payload);
}
