using Platform.Engine.Common;

namespace Platform.Engine.Workflows.Execution.Activities;

/// <summary>Elsa.Fault: faults on purpose (defaults as in Elsa: code "0", category "General", type "System").</summary>
public sealed class FaultHandler : IActivityHandler
{
    public string Type => "Elsa.Fault";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var code = WorkflowValues.ToText(await context.InputAsync("code", ct)) ?? "0";
        var category = WorkflowValues.ToText(await context.InputAsync("category", ct)) ?? "General";
        var type = WorkflowValues.ToText(await context.InputAsync("faultType", ct)) ?? "System";
        var message = WorkflowValues.ToText(await context.InputAsync("message", ct)) ?? "";
        throw new WorkflowFaultException(code, category, type, Texts.Get("workflow.fault", code, category, message));
    }
}
