using System.Globalization;
using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Forms;
using Platform.Engine.Records;
using Platform.Server.PublicForms;

namespace Platform.Server.Endpoints;

/// <summary>Public forms: anyone may read and submit them, without signing in, within a rate limit.</summary>
public static class PublicFormEndpoints
{
    public static void MapPublicFormEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/public/forms").WithTags("Public forms").AllowAnonymous();
        group.MapGet("/{slug}", async (string slug, FormService forms, CancellationToken ct) =>
            (await forms.PublishedPublicAsync(slug, null, ct)).Respond(f =>
                TypedResults.Ok(FormDocuments.Public(f.Entity, f.Published, Languages.Current))));
        group.MapPost("/{slug}", SubmitAsync);
    }

    private static async Task<IResult> SubmitAsync(string slug, JsonElement body, HttpContext context, PublicFormLimiter limiter,
        FormSubmissionService submissions, CancellationToken ct)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (limiter.Acquire(address) is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(Texts.Get("form.rateLimited", seconds), statusCode: StatusCodes.Status429TooManyRequests,
                extensions: new Dictionary<string, object?> { ["retryAfter"] = seconds });
        }
        return (await submissions.SubmitAsync(slug, body, ct)).Respond(r => TypedResults.Created((string?)null, r));
    }
}
