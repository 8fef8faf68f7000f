namespace Platform.Engine.Workflows.Execution.Activities;

/// <summary>Elsa.FlowDecision: completes with outcome "True" or "False" from its <c>condition</c>.</summary>
public sealed class FlowDecisionHandler : IActivityHandler
{
    public string Type => "Elsa.FlowDecision";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct) =>
        context.Complete(WorkflowValues.ToBool(await context.InputAsync("condition", ct)) ? "True" : "False");
}
