namespace Platform.Engine.Workflows.Execution.Activities;

/// <summary>Elsa.Finish: a terminal node; when it completes, the whole instance is Finished, nothing else runs and nothing waits.</summary>
public sealed class FinishHandler : IActivityHandler
{
    public string Type => "Elsa.Finish";

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
