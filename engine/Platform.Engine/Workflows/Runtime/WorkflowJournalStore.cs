using System.Buffers;
using System.Text;
using System.Text.Json;
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
            await scope.Prepared("""
                INSERT INTO sys_workflow_journal (instance_id, at, activity_id, activity_type, activity_name, activity_instance_id, event, detail)
                VALUES (@instance, @at, @activity, @type, @name, @activityInstance, @event, @detail)
                """).Run(ct, ("@instance", instanceId), ("@at", Timestamps.Format(e.At)), ("@activity", e.ActivityId),
                ("@type", e.ActivityType), ("@name", e.ActivityName), ("@activityInstance", e.ActivityInstanceId),
                ("@event", e.Event), ("@detail", Detail(e)));
        }
    }

    /// <summary>
    /// Inputs, outputs, outcomes, message and duration as JSON text, each only when there is one; null when there is
    /// none. Written straight from the entry: a start journals a dozen lines, and copying each into a document of its
    /// own first cost more than the rest of the line.
    /// </summary>
    private static string? Detail(JournalEntry e)
    {
        if (e.Inputs is not { Count: > 0 } && e.Outputs is not { Count: > 0 } && e.Outcomes is not { Count: > 0 } && e.Message is null && e.DurationMs is null)
        {
            return null;
        }
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var detail = new Utf8JsonWriter(buffer))
        {
            detail.WriteStartObject();
            if (e.Inputs is { Count: > 0 })
            {
                detail.WritePropertyName("inputs");
                e.Inputs.WriteTo(detail);
            }
            if (e.Outputs is { Count: > 0 })
            {
                detail.WritePropertyName("outputs");
                e.Outputs.WriteTo(detail);
            }
            if (e.Outcomes is { Count: > 0 })
            {
                detail.WriteStartArray("outcomes");
                foreach (var outcome in e.Outcomes)
                {
                    detail.WriteStringValue(outcome);
                }
                detail.WriteEndArray();
            }
            if (e.Message is not null)
            {
                detail.WriteString("message", e.Message);
            }
            if (e.DurationMs is { } ms)
            {
                detail.WriteNumber("durationMs", Math.Round(ms, 3));
            }
            detail.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
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
