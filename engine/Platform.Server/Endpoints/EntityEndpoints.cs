using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Server.Auth;

namespace Platform.Server.Endpoints;

/// <summary>Entities and their fields. Reading is open to every user; changing them is for admins.</summary>
public static class EntityEndpoints
{
    public static void MapEntityEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/entities").WithTags("Entities");
        group.MapGet("/", async (EntityService entities, CancellationToken ct) => Definition(await entities.ListAsync(ct)));
        group.MapGet("/{entity}", async (string entity, EntityService entities, CancellationToken ct) =>
            (await entities.GetAsync(entity, ct)).Respond(Definition));

        var admin = group.MapGroup("/").RequireAuthorization(AuthSchemes.AdminPolicy);
        admin.MapPost("/", async (EntityDefinition input, EntityService entities, CancellationToken ct) =>
            (await entities.CreateAsync(input, ct)).Respond(e => Definition(e, $"/api/entities/{e.Slug}")));
        admin.MapPatch("/{entity}", async (string entity, EntityPatch patch, EntityService entities, CancellationToken ct) =>
            (await entities.UpdateAsync(entity, patch, ct)).Respond(Definition));
        admin.MapDelete("/{entity}", async (string entity, bool? confirm, EntityService entities, CancellationToken ct) =>
            (await entities.DeleteAsync(entity, confirm == true, ct)).Respond(_ => TypedResults.NoContent()));

        admin.MapPost("/{entity}/fields", async (string entity, FieldDefinition field, FieldService fields, CancellationToken ct) =>
            (await fields.AddAsync(entity, field, ct)).Respond(f => Definition(f, $"/api/entities/{entity}/fields/{f.Slug}")));
        admin.MapPatch("/{entity}/fields/{field}", async (string entity, string field, JsonObject patch, FieldService fields, CancellationToken ct) =>
            (await fields.UpdateAsync(entity, field, patch, ct)).Respond(Definition));
        admin.MapDelete("/{entity}/fields/{field}", async (string entity, string field, bool? confirm, FieldService fields, CancellationToken ct) =>
            (await fields.DeleteAsync(entity, field, confirm == true, ct)).Respond(_ => TypedResults.NoContent()));
    }

    // Definitions leave out unset settings, so each field shows only what applies to its type.
    private static IResult Definition<T>(T value) => TypedResults.Json(value, Json.Options);

    private static IResult Definition<T>(T value, string location) => TypedResults.Json(value, Json.Options, statusCode: StatusCodes.Status201Created)
        is var result ? new CreatedWithLocation(result, location) : result;

    private sealed class CreatedWithLocation(IResult inner, string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Location = location;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
