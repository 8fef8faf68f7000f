using System.Text.Json.Nodes;
using Platform.Engine.Entities;
using Platform.Engine.Records.Rules;
using Platform.Engine.Scripting;
using Platform.Engine.Workflows.Execution;
using Platform.Engine.Workflows.Expressions;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// <c>Platform.RunScript</c>: runs <c>script</c> in the platform's script sandbox with the globals record scripts
/// have — <c>record</c> (the <c>record</c> input, else the workflow's record), <c>related(entity, filter)</c> (read
/// inside the burst), <c>workingDays</c>, <c>now()</c> and <c>log()</c>. What the script returns is <c>result</c>;
/// an error faults the step with the script's line and column.
/// </summary>
internal sealed class RunScriptActivity(ScriptSandbox sandbox, RecordScripts scripts, EntityCatalog catalog, WorkingCalendarService calendars)
    : IActivityHandler
{
    public string Type => "Platform.RunScript";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var source = await context.RequiredTextAsync("script", ct);
        var record = await context.ObjectAsync("record", ct) ?? context.Workflow.Input[RecordPayload.Record] as JsonObject ?? [];
        var scope = context.Scope();
        var input = new ScriptInput
        {
            Record = record.ToDictionary(p => p.Key, p => (object?)p.Value?.DeepClone(), StringComparer.Ordinal),
            Calendar = await calendars.CurrentAsync(ct),
            Related = scripts.Related(await catalog.AllAsync(ct), scope.Connection, scope.Transaction, ct),
        };
        var run = sandbox.Run($"{context.Environment.DefinitionId}/{context.Activity.Id}", source, input, ct);
        foreach (var line in run.Logs)
        {
            context.Note(line);
        }
        if (run.Error is { } error)
        {
            throw new ExpressionException(error.Message, error.Line, error.Column);
        }
        context.SetOutput(RecordTrigger.Result, run.Result);
        context.Complete();
    }
}
