namespace Platform.Engine.Workflows;

/// <summary>A workflow variable; Elsa writes the default <see cref="Value"/> as a string (e.g. "0").</summary>
public sealed record WorkflowVariable(string? Id, string Name, string? TypeName, string? Value);
