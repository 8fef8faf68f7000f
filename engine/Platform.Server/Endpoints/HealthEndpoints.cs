using Platform.Engine.Storage;

namespace Platform.Server.Endpoints;

public static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", async (Database database, CancellationToken ct) =>
        {
            await database.ReadAsync(async c =>
            {
                await using var command = c.CreateCommand();
                command.CommandText = "SELECT 1";
                return await command.ExecuteScalarAsync(ct);
            }, ct);
            return TypedResults.Ok(new { status = "healthy" });
        }).AllowAnonymous().WithTags("Health");
}
