using System.Text.Json;
using Platform.Engine.Records;
using Platform.Server.Auth;

namespace Platform.Server.Endpoints;

public static class ViewEndpoints
{
    public static void MapViewEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/entities/{entity}/views").WithTags("Views");
        group.MapGet("/", async (string entity, ViewService views, CancellationToken ct) =>
            (await views.ListAsync(entity, ct)).Respond(TypedResults.Ok));
        group.MapPost("/", async (string entity, SavedView input, HttpContext context, ViewService views, CancellationToken ct) =>
            (await views.CreateAsync(entity, input, context.User.Actor(), ct)).Respond(v => TypedResults.Created($"/api/entities/{entity}/views/{v.Id}", v)));
        group.MapPatch("/{id}", async (string entity, string id, JsonElement patch, ViewService views, CancellationToken ct) =>
            (await views.UpdateAsync(entity, id, patch, ct)).Respond(TypedResults.Ok));
        group.MapDelete("/{id}", async (string entity, string id, ViewService views, CancellationToken ct) =>
            (await views.DeleteAsync(entity, id, ct)).Respond(_ => TypedResults.NoContent()));
    }
}
