namespace Platform.Engine.Workflows.Execution.Activities;

/// <summary>Elsa.Start: marks where a flowchart begins; it completes at once.</summary>
public sealed class StartHandler : IActivityHandler
{
    public string Type => "Elsa.Start";

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
