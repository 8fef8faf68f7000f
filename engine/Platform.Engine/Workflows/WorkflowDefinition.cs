namespace Platform.Engine.Workflows;

/// <summary>
/// The parsed view of an Elsa 3 workflow document. The document itself is kept verbatim elsewhere; this view
/// is read from it and never written back, so nothing the view leaves out is lost.
/// </summary>
public sealed record WorkflowDefinition(
    string DefinitionId,
    string? Name,
    int? Version,
    IReadOnlyList<WorkflowVariable> Variables,
    IReadOnlyList<WorkflowArgument> Inputs,
    IReadOnlyList<WorkflowArgument> Outputs,
    WorkflowActivity Root)
{
    /// <summary>The document's <c>options</c> (activation strategy, incident strategy), as written.</summary>
    public System.Text.Json.Nodes.JsonObject? Options { get; init; }
}
