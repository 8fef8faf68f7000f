using System.Text.Json;
using Platform.Engine.Scripting;
using Platform.Server.Auth;

namespace Platform.Server.Endpoints;

public static class CalendarEndpoints
{
    public static void MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/settings/calendar").WithTags("Working calendar");
        // Every signed-in user may read the calendar: the records they work on are timed by it.
        group.MapGet("/", async (WorkingCalendarService calendars, CancellationToken ct) =>
            TypedResults.Ok((await calendars.CurrentAsync(ct)).Settings));
        group.MapPut("/", async (JsonElement body, WorkingCalendarService calendars, CancellationToken ct) =>
            (await calendars.SaveAsync(body, ct)).Respond(TypedResults.Ok))
            .RequireAuthorization(AuthSchemes.AdminPolicy);
        group.MapGet("/presets", () => TypedResults.Ok(CalendarPresets.All));
    }
}
