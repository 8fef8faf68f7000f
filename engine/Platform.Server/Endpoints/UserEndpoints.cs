using Platform.Engine.Identity;
using Platform.Server.Auth;

namespace Platform.Server.Endpoints;

public static class UserEndpoints
{
    public sealed record ApiKeyRequest(string? Name);

    public static void MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("Users");
        // Every signed-in user may list users: choosing an owner needs it.
        users.MapGet("/", async (IdentityService identity, CancellationToken ct) => TypedResults.Ok(await identity.ListAsync(ct)));
        users.MapPost("/", async (UserInput input, IdentityService identity, CancellationToken ct) =>
            (await identity.CreateAsync(input, ct)).Respond(u => TypedResults.Created($"/api/users/{u.Id}", u)))
            .RequireAuthorization(AuthSchemes.AdminPolicy);
        users.MapPatch("/{id:long}", async (long id, UserInput input, IdentityService identity, CancellationToken ct) =>
            (await identity.UpdateAsync(id, input, ct)).Respond(TypedResults.Ok))
            .RequireAuthorization(AuthSchemes.AdminPolicy);

        var keys = app.MapGroup("/api/api-keys").WithTags("API keys");
        keys.MapGet("/", async (HttpContext context, IdentityService identity, CancellationToken ct) =>
            TypedResults.Ok(await identity.ListKeysAsync(context.User.Actor().UserId, ct)));
        keys.MapPost("/", async (ApiKeyRequest request, HttpContext context, IdentityService identity, CancellationToken ct) =>
            (await identity.CreateKeyAsync(context.User.Actor().UserId, request.Name, ct))
                .Respond(k => TypedResults.Created($"/api/api-keys/{k.Id}", k)));
        keys.MapDelete("/{id:long}", async (long id, HttpContext context, IdentityService identity, CancellationToken ct) =>
            (await identity.RevokeKeyAsync(context.User.Actor().UserId, id, ct)).Respond(_ => TypedResults.NoContent()));
    }
}
