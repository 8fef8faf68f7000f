using Microsoft.AspNetCore.Mvc;
using Platform.Engine.Common;

namespace Platform.Server.Auth;

/// <summary>401 and 403 as ProblemDetails, instead of the cookie handler's redirects.</summary>
public static class AuthProblems
{
    public static async Task WriteAsync(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = Texts.Get(status == StatusCodes.Status401Unauthorized ? "auth.required" : "auth.adminOnly"),
            },
        });
    }
}
