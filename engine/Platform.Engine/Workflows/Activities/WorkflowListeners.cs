using Platform.Engine.Storage;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Runtime;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// Whether any workflow would hear a stimulus now: a published trigger or a waiting bookmark with its hash.
/// Most record writes concern no workflow, and a stimulus nobody hears would cost a queued job per write
/// for nothing; one that arrives after a workflow began to listen is also not one it should hear.
/// </summary>
internal sealed class WorkflowListeners(WorkflowTriggers triggers, WorkflowBookmarkStore bookmarks)
{
    public async Task<bool> HearAsync(WriteScope scope, Stimulus stimulus, CancellationToken ct)
    {
        var hash = stimulus.Hash;
        return (await triggers.MatchAsync(scope, hash, ct)).Count > 0
            || (await bookmarks.MatchAsync(scope, hash, stimulus.CorrelationId, stimulus.InstanceId, ct)).Count > 0;
    }

    /// <summary>The payloads of the published triggers called <paramref name="name"/>.</summary>
    public async Task<IEnumerable<System.Text.Json.Nodes.JsonObject>> PayloadsAsync(WriteScope scope, string name, CancellationToken ct) =>
        (await triggers.ListAsync(scope, name, ct)).Select(t => t.Payload);
}
