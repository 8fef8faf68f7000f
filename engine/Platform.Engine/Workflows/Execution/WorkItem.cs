using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution;

/// <summary>One entry of a burst's queue: run the context's activity, or resume it from <see cref="Bookmark"/> with <see cref="Input"/>.</summary>
internal readonly record struct WorkItem(ActivityContextState Context, Bookmark? Bookmark = null, JsonNode? Input = null);
