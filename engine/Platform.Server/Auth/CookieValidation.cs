using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Platform.Engine.Identity;

namespace Platform.Server.Auth;

public static class CookieValidation
{
    /// <summary>
    /// A cookie outlives changes to its user: a deactivated user is signed out at the next request, and a
    /// changed role takes effect at once.
    /// </summary>
    public static async Task RejectInactiveUsersAsync(CookieValidatePrincipalContext context)
    {
        var actor = context.Principal!.Actor();
        var identity = context.HttpContext.RequestServices.GetRequiredService<IdentityService>();
        var user = await identity.FindAsync(actor.UserId, context.HttpContext.RequestAborted);
        if (user is not { Active: true })
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
        else if (user.Role != actor.Role)
        {
            context.ReplacePrincipal(Principals.For(user, CookieAuthenticationDefaults.AuthenticationScheme));
            context.ShouldRenew = true;
        }
    }
}
