using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution.Activities;

/// <summary>Elsa.Delay: waits on the bookmark <c>Elsa.Delay {resumeAt}</c>, due <c>timeSpan</c> from now (a minute by default).</summary>
public sealed class DelayHandler : IActivityHandler
{
    public string Type => "Elsa.Delay";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var resumeAt = context.Environment.Clock.GetUtcNow() + (WorkflowValues.ToTimeSpan(await context.InputAsync("timeSpan", ct)) ?? TimeSpan.FromMinutes(1));
        context.CreateBookmark(Type, new JsonObject { ["resumeAt"] = WorkflowValues.FromInstant(resumeAt) }, resumeAt);
    }
}
