using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Records;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// The workflow input a record trigger starts an instance with:
/// <c>{"entity","recordId","record","changes":[{"field","old","new"}],"userId"}</c> (plus <c>form</c> for a
/// form submission), correlated as <c>"&lt;entity&gt;:&lt;recordId&gt;"</c> so that a later event of the same
/// record reaches the instances waiting on it.
/// </summary>
public static class RecordPayload
{
    public const string Entity = "entity";
    public const string RecordId = "recordId";
    public const string Record = "record";
    public const string Changes = "changes";
    public const string UserId = "userId";

    public static JsonObject From(RecordEvent recordEvent)
    {
        var changes = new JsonArray();
        foreach (var change in recordEvent.Changes ?? [])
        {
            changes.Add(new JsonObject { ["field"] = change.Field, ["old"] = ToJson(change.Old), ["new"] = ToJson(change.New) });
        }
        var payload = new JsonObject
        {
            [Entity] = recordEvent.Entity,
            [RecordId] = recordEvent.RecordId,
            [Record] = ToJson(recordEvent.Record),
            [Changes] = changes,
            [UserId] = recordEvent.UserId,
        };
        if (recordEvent.Form is { } form)
        {
            payload["form"] = new JsonObject { ["slug"] = form.Slug, ["version"] = form.Version, ["receipt"] = form.Receipt };
        }
        return payload;
    }

    public static string CorrelationId(string entity, long recordId) => $"{entity}:{recordId}";

    /// <summary>A record, a task or any other value as the API writes it, as a workflow value.</summary>
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        _ => JsonSerializer.SerializeToNode(value, Json.Options),
    };

    /// <summary>The record a workflow input is about (<c>entity</c> and <c>recordId</c>), if it is about one.</summary>
    public static (string Entity, long RecordId)? Target(JsonObject? input) =>
        input is not null && InputValues.Text(input[Entity]) is { } entity && TryId(input[RecordId]) is { } id ? (entity, id) : null;

    private static long? TryId(JsonNode? value)
    {
        try
        {
            return InputValues.Id(value, RecordId);
        }
        catch (ActivityFailedException)
        {
            return null;
        }
    }
}
