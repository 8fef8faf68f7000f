using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Platform.Engine.Common;
using Platform.Engine.Storage;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Runtime;

/// <summary>
/// The triggers of published versions. Publishing indexes the version's start nodes (a trigger activity with
/// <c>canStartWorkflow</c>) as name + payload hashes, replacing the previous version's, and schedules the
/// time-based ones; stimuli are then matched against the index without opening any definition.
/// </summary>
public sealed class WorkflowTriggers(
    WorkflowTriggerStore store,
    WorkflowJobStore jobs,
    IEnumerable<ITriggerActivity> handlers,
    WorkflowSignal signal,
    ILogger<WorkflowTriggers> logger)
{
    private readonly Dictionary<string, ITriggerActivity> _handlers = handlers.ToDictionary(h => h.Type, StringComparer.Ordinal);

    /// <summary>The published triggers called <paramref name="name"/> (e.g. every <c>Platform.DateReached</c>).</summary>
    public Task<IReadOnlyList<StoredTrigger>> ListAsync(WriteScope scope, string name, CancellationToken ct) => store.ByNameAsync(scope, name, ct);

    public Task<IReadOnlyList<StoredTrigger>> MatchAsync(WriteScope scope, string hash, CancellationToken ct) => store.ByHashAsync(scope, hash, ct);

    public Task<StoredTrigger?> FindAsync(WriteScope scope, string id, CancellationToken ct) => store.FindAsync(scope, id, ct);

    public ITriggerActivity? Handler(string type) => _handlers.GetValueOrDefault(type);

    /// <summary>Replaces the definition's triggers with those of <paramref name="version"/>, just published.</summary>
    public async Task IndexAsync(WriteScope scope, WorkflowVersion version, DateTimeOffset now, CancellationToken ct)
    {
        var previous = await store.ByDefinitionAsync(scope, version.DefinitionId, ct);
        await jobs.DeleteByKeysAsync(scope, previous.Select(t => JobKey(t.Id)), ct);
        await store.DeleteDefinitionAsync(scope, version.DefinitionId, ct);
        var definition = WorkflowParser.Parse(version.Json);
        var scheduled = false;
        foreach (var node in definition.Root.Descendants().Where(CanStartWorkflow))
        {
            if (!_handlers.TryGetValue(node.Type, out var handler))
            {
                continue;
            }
            IReadOnlyList<TriggerPayload> payloads;
            try
            {
                payloads = await handler.IndexAsync(node, name => ValueTask.FromResult(StaticInput(node, name)), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A trigger that cannot be read (a malformed cron expression) does not fire; the rest of the version still works.
                logger.LogWarning(e, "Trigger {Activity} of workflow {Definition} cannot be indexed", node.Id, version.DefinitionId);
                continue;
            }
            for (var i = 0; i < payloads.Count; i++)
            {
                var payload = payloads[i];
                var trigger = new StoredTrigger($"{version.Id}:{node.Id}:{i}", version.DefinitionId, version.Id, version.Version,
                    node.Id, payload.Name, payload.Hash, payload.Payload, now, node.Type);
                await store.InsertAsync(scope, trigger, ct);
                if (handler is IScheduledTrigger timed && Next(timed, trigger, now) is { } next)
                {
                    await jobs.InsertAsync(scope, new WorkflowJob
                    {
                        Kind = WorkflowJobKinds.Trigger, Key = JobKey(trigger.Id), TriggerId = trigger.Id, DueAt = Timestamps.Format(next),
                    }, now, ct);
                    scheduled = true;
                }
            }
        }
        if (scheduled)
        {
            scope.AfterCommit(signal.Wake);
        }
    }

    /// <summary>The occurrence after <paramref name="after"/> of a time-based trigger; null when it has none or cannot say.</summary>
    public DateTimeOffset? Next(IScheduledTrigger timed, StoredTrigger trigger, DateTimeOffset after)
    {
        try
        {
            return timed.NextOccurrence(trigger.Payload, trigger.PublishedAt, after);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            logger.LogWarning(e, "Trigger {Trigger} has no next occurrence", trigger.Id);
            return null;
        }
    }

    public static string JobKey(string triggerId) => "trigger:" + triggerId;

    /// <summary>Elsa reads <c>canStartWorkflow</c> from customProperties (3.1 and later), else from the node itself (3.0).</summary>
    public static bool CanStartWorkflow(WorkflowActivity node) =>
        (node.Json["customProperties"]?["canStartWorkflow"] ?? node.Json["canStartWorkflow"]) is JsonValue v
        && v.GetValueKind() == System.Text.Json.JsonValueKind.True;

    /// <summary>
    /// An input read without an instance: a literal, or the JSON of an Object expression. Trigger inputs that
    /// need a running workflow (scripts, variables) have no value here.
    /// </summary>
    public static JsonNode? StaticInput(WorkflowActivity node, string name) => node.Input(name) switch
    {
        { ExpressionType: ActivityInput.Literal, Value: var value } => value?.DeepClone(),
        { ExpressionType: "Object" or "Json", Value: JsonValue text } when text.GetValueKind() == System.Text.Json.JsonValueKind.String =>
            JsonNode.Parse(text.GetValue<string>()),
        _ => null,
    };
}
