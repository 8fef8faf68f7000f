using Platform.Engine.Records.Rules;
using Platform.Server.Auth;

namespace Platform.Server.Endpoints;

/// <summary>Trying a script out against a record; nothing is written.</summary>
public static class ScriptEndpoints
{
    public static void MapScriptEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/scripts/test", async (ScriptTest test, HttpContext context, ScriptTestService scripts, CancellationToken ct) =>
            (await scripts.RunAsync(test, context.User.Actor(), ct)).Respond(TypedResults.Ok)).WithTags("Scripts");
    }
}
