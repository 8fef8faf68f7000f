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
    /// <summary>
    /// Appends a burst's entries in order with one statement: the rows travel as one JSON array that SQLite unpacks.
    /// A start writes a dozen lines or more, and binding and running a statement per line cost more than the burst itself.
    /// </summary>
    public async Task AppendAsync(WriteScope scope, string instanceId, IReadOnlyList<JournalEntry> entries, CancellationToken ct)
    {
        if (entries.Count == 0)
        {
            return;
        }
        await scope.Prepared("""
            INSERT INTO sys_workflow_journal (instance_id, at, activity_id, activity_type, activity_name, activity_instance_id, event, detail)
            SELECT @instance, e.value ->> 0, e.value ->> 1, e.value ->> 2, e.value ->> 3, e.value ->> 4, e.value ->> 5, e.value ->> 6
            FROM json_each(@entries) e ORDER BY e.key
            """).Run(ct, ("@instance", instanceId), ("@entries", Rows(entries)));
    }

    /// <summary>The entries as <c>[[at, activity, type, name, activityInstance, event, detail], …]</c>, the detail as JSON text.</summary>
    private static string Rows(IReadOnlyList<JournalEntry> entries)
    {
        var buffer = new ArrayBufferWriter<byte>(256 * entries.Count);
        using (var rows = new Utf8JsonWriter(buffer))
        {
            rows.WriteStartArray();
            foreach (var e in entries)
            {
                rows.WriteStartArray();
                rows.WriteStringValue(Timestamps.Format(e.At));
                rows.WriteStringValue(e.ActivityId);
                rows.WriteStringValue(e.ActivityType);
                rows.WriteStringValue(e.ActivityName);
                rows.WriteStringValue(e.ActivityInstanceId);
                rows.WriteStringValue(e.Event);
                rows.WriteStringValue(Detail(e));
                rows.WriteEndArray();
            }
            rows.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Inputs, outputs, outcomes, message and duration, each only when there is one; null when there is none.</summary>
    private static string? Detail(JournalEntry e)
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
        return detail.Count == 0 ? null : detail.ToJsonString();
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
