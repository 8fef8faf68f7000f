namespace Platform.Engine.Workflows;

/// <summary>
/// An edge of a flowchart. Only the source port matters to Elsa's scheduler; a null port matches the
/// default outcome. The target port is always "In" and is not kept.
/// </summary>
public sealed record WorkflowConnection(string Source, string? SourcePort, string Target);
