namespace Platform.Engine.Workflows;

/// <summary>A declared workflow input or output: its name and type alias (e.g. <c>String</c>, <c>Int32[]</c>).</summary>
public sealed record WorkflowArgument(string Name, string? Type, string? DisplayName);
