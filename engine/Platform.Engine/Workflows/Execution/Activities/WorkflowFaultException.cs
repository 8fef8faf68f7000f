namespace Platform.Engine.Workflows.Execution.Activities;

/// <summary>The fault an Elsa.Fault activity raises on purpose, with Elsa's code, category and type.</summary>
public sealed class WorkflowFaultException(string code, string category, string faultType, string message) : Exception(message)
{
    public string Code { get; } = code;

    public string Category { get; } = category;

    public string FaultType { get; } = faultType;
}
