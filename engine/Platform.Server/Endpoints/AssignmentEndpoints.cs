using Platform.Engine.Workflows.Assignment;

namespace Platform.Server.Endpoints;

/// <summary>A record's owner assignments: who was chosen, by which strategy, and why.</summary>
public static class AssignmentEndpoints
{
    public static void MapAssignmentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/entities/{entity}/records/{id:long}/assignments", async (string entity, long id, AssignmentReader assignments, CancellationToken ct) =>
            (await assignments.HistoryAsync(entity, id, ct)).Respond(TypedResults.Ok)).WithTags("Assignments");
    }
}
