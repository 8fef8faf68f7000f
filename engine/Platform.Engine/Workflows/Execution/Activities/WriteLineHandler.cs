namespace Platform.Engine.Workflows.Execution.Activities;

/// <summary>Elsa.WriteLine: Elsa writes the text to the console; here it goes to the instance's journal.</summary>
public sealed class WriteLineHandler : IActivityHandler
{
    public string Type => "Elsa.WriteLine";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        context.Note(WorkflowValues.ToText(await context.InputAsync("text", ct)) ?? "");
        context.Complete();
    }
}
