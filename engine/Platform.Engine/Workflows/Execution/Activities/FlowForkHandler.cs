namespace Platform.Engine.Workflows.Execution.Activities;

/// <summary>Elsa.FlowFork: completes with every branch name as an outcome, so all its branches run (Done when none are named).</summary>
public sealed class FlowForkHandler : IActivityHandler
{
    public string Type => "Elsa.FlowFork";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct) =>
        context.Complete(WorkflowValues.ToStringArray(await context.InputAsync("branches", ct)) ?? ["Done"]);
}
