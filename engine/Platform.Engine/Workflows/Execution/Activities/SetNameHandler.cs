namespace Platform.Engine.Workflows.Execution.Activities;

/// <summary>Elsa.SetName: names the instance (what lists show).</summary>
public sealed class SetNameHandler : IActivityHandler
{
    public string Type => "Elsa.SetName";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        context.Workflow.Name = WorkflowValues.ToText(await context.InputAsync("value", ct));
        context.Complete();
    }
}
