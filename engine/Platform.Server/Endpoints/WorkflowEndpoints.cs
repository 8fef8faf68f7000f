using System.Text;
using Platform.Engine.Workflows;
using Platform.Engine.Workflows.DryRun;
using Platform.Server.Auth;

namespace Platform.Server.Endpoints;

/// <summary>Workflow definitions as Elsa 3 JSON: documents go in and come out as the text that was saved.</summary>
public static class WorkflowEndpoints
{
    public static void MapWorkflowEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workflows").WithTags("Workflows");
        group.MapGet("/", async (WorkflowDefinitionService workflows, CancellationToken ct) =>
            TypedResults.Ok(await workflows.ListAsync(ct)));
        group.MapGet("/{definitionId}", async (string definitionId, int? version, WorkflowDefinitionService workflows, CancellationToken ct) =>
            (await workflows.GetAsync(definitionId, version, ct)).Respond(v => Document(v, StatusCodes.Status200OK)));
        group.MapPost("/", async (HttpContext context, WorkflowDefinitionService workflows, CancellationToken ct) =>
            (await workflows.CreateAsync(await BodyAsync(context.Request, ct), ct)).Respond(v =>
            {
                context.Response.Headers.Location = $"/api/workflows/{Uri.EscapeDataString(v.DefinitionId)}";
                return Document(v, StatusCodes.Status201Created);
            }))
            .RequireAuthorization(AuthSchemes.AdminPolicy);
        group.MapPut("/{definitionId}", async (string definitionId, HttpContext context, WorkflowDefinitionService workflows, CancellationToken ct) =>
            (await workflows.SaveDraftAsync(definitionId, await BodyAsync(context.Request, ct), ct)).Respond(v => Document(v, StatusCodes.Status200OK)))
            .RequireAuthorization(AuthSchemes.AdminPolicy);
        group.MapPost("/{definitionId}/publish", async (string definitionId, WorkflowDefinitionService workflows, CancellationToken ct) =>
            (await workflows.PublishAsync(definitionId, ct)).Respond(TypedResults.Ok))
            .RequireAuthorization(AuthSchemes.AdminPolicy);
        group.MapPost("/validate", async (HttpContext context, WorkflowDefinitionService workflows, CancellationToken ct) =>
            (await workflows.ValidateAsync(await BodyAsync(context.Request, ct), ct)).Respond(errors =>
                TypedResults.Ok(new { valid = errors.Count == 0, errors })))
            .RequireAuthorization(AuthSchemes.AdminPolicy);
        group.MapPost("/{definitionId}/dry-run", async (string definitionId, DryRunRequest request, HttpContext context,
                WorkflowDryRunService dryRuns, CancellationToken ct) =>
            (await dryRuns.RunAsync(definitionId, request, context.User.Actor(), ct)).Respond(TypedResults.Ok))
            .RequireAuthorization(AuthSchemes.AdminPolicy);
    }

    // The body is read as text, not bound to a model, so that the stored document is exactly what was sent.
    private static async Task<string> BodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(ct);
    }

    private static IResult Document(WorkflowVersion version, int status) =>
        TypedResults.Text(version.Json, "application/json", Encoding.UTF8, status);
}
