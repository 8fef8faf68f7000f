namespace Platform.Engine.Workflows.Execution.Activities;

/// <summary>Elsa.Correlate: sets the instance's correlation id, which its later bookmarks carry, so stimuli for "lead 42" find it.</summary>
public sealed class CorrelateHandler : IActivityHandler
{
    public string Type => "Elsa.Correlate";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        context.Workflow.CorrelationId = WorkflowValues.ToText(await context.InputAsync("correlationId", ct));
        context.Complete();
    }
}
