using Platform.Engine.Workflows.Runtime;

namespace Platform.Engine.Workflows.Http;

/// <summary>What a request to <c>/workflows/{path}</c> is answered with: what WriteHttpResponse wrote, else the instance.</summary>
public sealed record HttpWorkflowResponse(int StatusCode, string? Content, string? ContentType, WorkflowInstance Instance);
