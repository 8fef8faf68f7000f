namespace Platform.Engine.Workflows.Execution.Activities;

/// <summary>
/// Elsa.FlowJoin: the waiting is the flowchart's (by the join's <c>mode</c>); by the time the join runs, the branches
/// still heading to it have been cancelled, and it simply completes.
/// </summary>
public sealed class FlowJoinHandler : IActivityHandler
{
    public string Type => "Elsa.FlowJoin";

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
