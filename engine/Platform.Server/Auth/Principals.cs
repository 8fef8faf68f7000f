using System.Globalization;
using System.Security.Claims;
using Platform.Engine.Identity;

namespace Platform.Server.Auth;

/// <summary>The claims a signed-in user carries, and the <see cref="Actor"/> read back from them.</summary>
public static class Principals
{
    public static ClaimsPrincipal For(User user, string scheme) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
        new Claim(ClaimTypes.Name, user.Name),
        new Claim(ClaimTypes.Email, user.Email),
        new Claim(ClaimTypes.Role, user.Role),
    ], scheme));

    public static Actor Actor(this ClaimsPrincipal principal) => new(
        long.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture),
        principal.FindFirstValue(ClaimTypes.Role) ?? Roles.Member);
}
