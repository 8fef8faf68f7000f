using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution;

/// <summary>
/// Runs bursts of a workflow in memory: it reads and returns <see cref="WorkflowState"/> and never touches
/// storage itself (activities write through <see cref="WorkflowEnvironment.Scope"/>). The durable runtime
/// loads, locks and saves around it.
/// </summary>
public interface IWorkflowInterpreter
{
    /// <summary>Starts a new instance (state fresh from <see cref="WorkflowState"/>'s defaults) at the trigger node, or at Elsa's start node when null.</summary>
    Task<BurstResult> StartAsync(WorkflowDefinition definition, WorkflowState state, WorkflowEnvironment environment,
        string? triggerActivityId, JsonObject input, CancellationToken ct);

    /// <summary>Resumes the bookmark <paramref name="bookmarkId"/> with <paramref name="input"/> and runs until the instance waits or ends.</summary>
    Task<BurstResult> ResumeAsync(WorkflowDefinition definition, WorkflowState state, WorkflowEnvironment environment,
        string bookmarkId, JsonNode? input, CancellationToken ct);

    /// <summary>Runs the faulted activities again (all, or the one of <paramref name="incidentId"/>), clearing their incidents.</summary>
    Task<BurstResult> RetryAsync(WorkflowDefinition definition, WorkflowState state, WorkflowEnvironment environment,
        string? incidentId, CancellationToken ct);

    /// <summary>Cancels every running activity and bookmark; the instance becomes Finished/Cancelled.</summary>
    Task<BurstResult> CancelAsync(WorkflowDefinition definition, WorkflowState state, WorkflowEnvironment environment, CancellationToken ct);
}
