using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Runtime;

/// <summary>A trigger of a published version: the node (id and type) that starts it and the stimulus (name, payload, hash) it starts on.</summary>
public sealed record StoredTrigger(
    string Id,
    string DefinitionId,
    string DefinitionVersionId,
    int Version,
    string ActivityId,
    string Name,
    string Hash,
    JsonObject Payload,
    DateTimeOffset PublishedAt,
    string ActivityType);
