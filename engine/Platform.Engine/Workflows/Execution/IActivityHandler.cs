using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// What one activity type does. Handlers are singletons registered in DI and found by <see cref="Type"/>
/// (e.g. <c>Elsa.WriteLine</c>, <c>Platform.CreateTask</c>). An execution either completes (with outcomes),
/// creates a bookmark and stays running, or throws, which faults the activity and records an incident.
/// </summary>
public interface IActivityHandler
{
    string Type { get; }

    ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct);

    /// <summary>A bookmark of this activity was resumed; by default the activity completes with Done.</summary>
    ValueTask ResumeAsync(ActivityContext context, Bookmark bookmark, JsonNode? input, CancellationToken ct)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
