using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// Elsa's bookmark and trigger hash: SHA-256 (hex) of the name and the payload's JSON (and the activity
/// instance id when asked), joined by "|". The payload is written with its keys sorted and its strings
/// escaped one way, so two equal payloads hash alike whatever order they were built in and whether they were
/// built in code or read back from stored JSON (which may keep "+" or Chinese text unescaped).
/// </summary>
public static class BookmarkHash
{
    public static string Compute(string name, JsonObject? payload, string? activityInstanceId = null)
    {
        var parts = new List<string> { name };
        if (payload is not null)
        {
            parts.Add(Canonical(payload)!.ToJsonString());
        }
        if (activityInstanceId is not null)
        {
            parts.Add(activityInstanceId);
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', parts)))).ToLowerInvariant();
    }

    private static JsonNode? Canonical(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Canonical(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Canonical).ToArray()),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => JsonValue.Create(JsonSerializer.Deserialize<string>(v.ToJsonString())),
        _ => node?.DeepClone(),
    };
}
