namespace Platform.Engine.Workflows.Execution.Activities;

/// <summary>Elsa.End: a terminal node; when it completes, its flowchart completes at once and whatever still runs in it is cancelled.</summary>
public sealed class EndHandler : IActivityHandler
{
    public string Type => "Elsa.End";

    public ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
