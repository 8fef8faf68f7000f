namespace Platform.Engine.Workflows.Execution.Activities;

/// <summary>Elsa.SetOutput: sets the workflow output <c>outputName</c> to <c>outputValue</c>.</summary>
public sealed class SetOutputHandler : IActivityHandler
{
    public string Type => "Elsa.SetOutput";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var name = WorkflowValues.ToText(await context.InputAsync("outputName", ct));
        var value = await context.InputAsync("outputValue", ct);
        if (!string.IsNullOrEmpty(name))
        {
            context.Workflow.Output[name] = WorkflowValues.Detach(value);
        }
        context.Complete();
    }
}
