using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Platform.Engine.Common;
using Platform.Engine.Identity;
using Platform.Server.Auth;

namespace Platform.Server.Endpoints;

public static class AuthEndpoints
{
    public sealed record LoginRequest(string? Email, string? Password);

    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/login", LoginAsync).AllowAnonymous();
        group.MapPost("/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.NoContent();
        }).AllowAnonymous();
        group.MapGet("/me", async (HttpContext context, IdentityService identity, CancellationToken ct) =>
            await identity.FindAsync(context.User.Actor().UserId, ct) is { } user ? Results.Ok(user) : Results.Unauthorized());
    }

    private static async Task<IResult> LoginAsync(LoginRequest request, HttpContext context, IdentityService identity, CancellationToken ct)
    {
        if (await identity.SignInAsync(request.Email, request.Password, ct) is not { } user)
        {
            return TypedResults.Problem(Texts.Get("auth.failed"), statusCode: StatusCodes.Status401Unauthorized);
        }
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            Principals.For(user, CookieAuthenticationDefaults.AuthenticationScheme),
            new AuthenticationProperties { IsPersistent = true });
        return TypedResults.Ok(user);
    }
}
