using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Workflows.Runtime;
using Platform.Server.Auth;

namespace Platform.Server.Endpoints;

/// <summary>Running workflows: start one, list and inspect instances, retry a faulted one, cancel one.</summary>
public static class WorkflowInstanceEndpoints
{
    public static void MapWorkflowInstanceEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/workflows/{definitionId}/run", async (string definitionId, RunRequest? request, HttpContext context, WorkflowRuntime runtime, CancellationToken ct) =>
            (await runtime.RunAsync(definitionId, request?.Input ?? [], request?.CorrelationId, context.User.Actor(), ct))
                .Respond(i => TypedResults.Ok(i)))
            .WithTags("Workflows")
            .RequireAuthorization(AuthSchemes.AdminPolicy);

        var group = app.MapGroup("/api/workflow-instances").WithTags("Workflow instances").RequireAuthorization(AuthSchemes.AdminPolicy);
        group.MapGet("/", async (string? status, string? definitionId, string? correlationId, string? entity, long? recordId,
                DateTimeOffset? before, int? limit, WorkflowInstanceService instances, CancellationToken ct) =>
            TypedResults.Ok(new { items = await instances.ListAsync(new InstanceFilter(status, definitionId, correlationId, entity, recordId, before, limit ?? 50), ct) }));
        group.MapGet("/{id}", async (string id, WorkflowInstanceService instances, CancellationToken ct) =>
            (await instances.GetAsync(id, ct)).Respond(d => TypedResults.Ok(Flatten(d))));
        group.MapPost("/{id}/retry", async (string id, RetryRequest? request, WorkflowRuntime runtime, CancellationToken ct) =>
            (await runtime.RetryAsync(id, request?.IncidentId, ct)).Respond(i => TypedResults.Ok(i)));
        group.MapPost("/{id}/cancel", async (string id, WorkflowRuntime runtime, CancellationToken ct) =>
            (await runtime.CancelAsync(id, ct)).Respond(i => TypedResults.Ok(i)));
    }

    /// <summary>The instance's own fields at the top, as in the list, with the details beside them.</summary>
    private static JsonObject Flatten(WorkflowInstanceDetails details)
    {
        var body = JsonSerializer.SerializeToNode(details.Instance, Json.Options)!.AsObject();
        body["variables"] = details.Variables.DeepClone();
        body["input"] = details.Input.DeepClone();
        body["output"] = details.Output.DeepClone();
        body["bookmarks"] = JsonSerializer.SerializeToNode(details.Bookmarks, Json.Options);
        body["incidents"] = JsonSerializer.SerializeToNode(details.Incidents, Json.Options);
        body["journal"] = JsonSerializer.SerializeToNode(details.Journal, Json.Options);
        body["activities"] = JsonSerializer.SerializeToNode(details.Activities, Json.Options);
        return body;
    }

    /// <summary>The body of <c>run</c>: the workflow's input and an optional correlation id (both may be left out).</summary>
    public sealed record RunRequest(JsonObject? Input, string? CorrelationId);

    /// <summary>The body of <c>retry</c>: one incident to retry, or none for all.</summary>
    public sealed record RetryRequest(string? IncidentId);
}
