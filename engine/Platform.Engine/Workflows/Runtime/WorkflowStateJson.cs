using System.Text.Json;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Runtime;

/// <summary>How an instance's state is stored: camelCase JSON, null variables kept (a variable set to null stays set).</summary>
public static class WorkflowStateJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(WorkflowState state) => JsonSerializer.Serialize(state, Options);

    public static WorkflowState Read(string json) => JsonSerializer.Deserialize<WorkflowState>(json, Options)!;
}
