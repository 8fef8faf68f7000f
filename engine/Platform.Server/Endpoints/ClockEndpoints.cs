using System.Globalization;
using Platform.Engine.Common;
using Platform.Server.Auth;

namespace Platform.Server.Endpoints;

/// <summary>
/// The simulated clock (<c>Platform:Clock:Mode=Simulated</c>): read it, and move it forward with everything that
/// falls due on the way. Without that setting both routes answer 404, so no real installation can move time.
/// </summary>
public static class ClockEndpoints
{
    private static readonly TimeSpan MaxStep = TimeSpan.FromDays(3650);

    public static void MapClockEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/clock").WithTags("Clock").RequireAuthorization(AuthSchemes.AdminPolicy);
        group.MapGet("/", (ClockAdvance clock, TimeProvider time) => clock.IsSimulated
            ? Results.Ok(new { now = time.GetUtcNow(), simulated = true })
            : NotSimulated());
        group.MapPost("/advance", async (AdvanceRequest? request, ClockAdvance clock, CancellationToken ct) =>
        {
            if (!clock.IsSimulated)
            {
                return NotSimulated();
            }
            if (request?.By is not { } text
                || !TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var by)
                || by <= TimeSpan.Zero || by > MaxStep)
            {
                return Problems.Invalid("by", Texts.Get("clock.by.invalid"));
            }
            return Results.Ok(new { now = await clock.AdvanceAsync(by, ct) });
        });
    }

    private static IResult NotSimulated() => new NotFoundFailure(Texts.Get("clock.notSimulated")).ToProblem();

    /// <summary>How far to move: a time span such as <c>"2.00:00:00"</c> (two days).</summary>
    public sealed record AdvanceRequest(string? By);
}
