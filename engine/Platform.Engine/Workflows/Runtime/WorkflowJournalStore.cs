using System.Text.Json.Nodes;
using Dapper;
using Platform.Engine.Common;
using Platform.Engine.Storage;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Runtime;

/// <summary>The rows of <c>sys_workflow_journal</c>: what each activity of an instance did, in order.</summary>
public sealed class WorkflowJournalStore(Database database)
{
    public async Task AppendAsync(WriteScope scope, string instanceId, IEnumerable<JournalEntry> entries, CancellationToken ct)
    {
        foreach (var e in entries)
        {
            var detail = new JsonObject();
            if (e.Inputs is { Count: > 0 })
            {
                detail["inputs"] = e.Inputs.DeepClone();
            }
            if (e.Outputs is { Count: > 0 })
            {
                detail["outputs"] = e.Outputs.DeepClone();
            }
            if (e.Outcomes is { Count: > 0 })
            {
                detail["outcomes"] = new JsonArray([.. e.Outcomes.Select(o => (JsonNode?)o)]);
            }
            if (e.Message is not null)
            {
                detail["message"] = e.Message;
            }
            if (e.DurationMs is { } ms)
            {
                detail["durationMs"] = Math.Round(ms, 3);
            }
            await scope.Prepared("""
                INSERT INTO sys_workflow_journal (instance_id, at, activity_id, activity_type, activity_name, activity_instance_id, event, detail)
                VALUES (@instance, @at, @activity, @type, @name, @activityInstance, @event, @detail)
                """).Run(ct, ("@instance", instanceId), ("@at", Timestamps.Format(e.At)), ("@activity", e.ActivityId),
                ("@type", e.ActivityType), ("@name", e.ActivityName), ("@activityInstance", e.ActivityInstanceId),
                ("@event", e.Event), ("@detail", detail.Count == 0 ? null : detail.ToJsonString()));
        }
    }

    /// <summary>The journal of one instance, oldest first (at most <paramref name="limit"/> lines).</summary>
    public Task<IReadOnlyList<JournalEntry>> ListAsync(string instanceId, int limit, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<JournalEntry>>(async c =>
            [.. (await c.QueryAsync<(string At, string ActivityId, string Type, string? Name, string ActivityInstanceId, string Event, string? Detail)>(
                new CommandDefinition(
                    """
                    SELECT at, activity_id, activity_type, activity_name, activity_instance_id, event, detail
                    FROM sys_workflow_journal WHERE instance_id = @instanceId ORDER BY id LIMIT @limit
                    """, new { instanceId, limit }, cancellationToken: ct)))
                .Select(r => ToEntry(r.At, r.ActivityId, r.Type, r.Name, r.ActivityInstanceId, r.Event, r.Detail))], ct);

    private static JournalEntry ToEntry(string at, string activityId, string type, string? name, string activityInstanceId, string @event, string? detail)
    {
        var d = detail is null ? null : JsonNode.Parse(detail) as JsonObject;
        return new JournalEntry(
            Timestamps.Parse(at), activityId, type, name, activityInstanceId, @event,
            d?["inputs"]?.DeepClone() as JsonObject,
            d?["outputs"]?.DeepClone() as JsonObject,
            (d?["outcomes"] as JsonArray)?.Select(o => o?.GetValue<string>() ?? "").ToList(),
            d?["message"]?.GetValue<string>(),
            d?["durationMs"]?.GetValue<double>());
    }
}
