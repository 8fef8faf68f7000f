using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// Something that may start or resume workflows: triggers and bookmarks with the same name and payload hash
/// receive it. <see cref="CorrelationId"/> and <see cref="InstanceId"/> narrow which waiting instances resume;
/// <see cref="Input"/> becomes the workflow input of a start and the resume input of a bookmark.
/// </summary>
public sealed record Stimulus(
    string Name,
    JsonObject Payload,
    JsonObject? Input = null,
    string? CorrelationId = null,
    string? InstanceId = null)
{
    public string Hash => BookmarkHash.Compute(Name, Payload);
}
