using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution.Activities;

/// <summary>
/// Elsa.RunJavaScript: runs <c>script</c> (its value is the source) with <c>setOutcome</c>/<c>setOutcomes</c> available;
/// a non-null result becomes the <c>result</c> output. It completes with the outcomes the script chose, else "Done".
/// </summary>
public sealed class RunJavaScriptHandler : IActivityHandler
{
    public string Type => "Elsa.RunJavaScript";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        // The source is usually a Literal holding the script; written as a JavaScript expression it is the script itself.
        var input = context.Activity.Input("script");
        var source = input?.ExpressionType == "JavaScript"
            ? WorkflowValues.ToText(input.Value)
            : WorkflowValues.ToText(await context.InputAsync("script", ct));
        if (string.IsNullOrWhiteSpace(source))
        {
            return;
        }
        var result = await context.EvaluateAsync("JavaScript", JsonValue.Create(source), ct);
        if (result is not null)
        {
            context.SetOutput("result", result);
        }
        var chosen = (context as ActivityExecution)?.Scope.Outcomes;
        context.Complete(chosen is { Count: > 0 } ? [.. chosen] : ["Done"]);
    }
}
