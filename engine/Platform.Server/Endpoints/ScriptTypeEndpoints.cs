using Microsoft.Extensions.Options;
using Platform.Engine.Entities;
using Platform.Engine.Scripting;

namespace Platform.Server.Endpoints;

/// <summary>TypeScript declarations of an entity's script API, for completion in the script editor. Open to every signed-in user, like the definitions they come from.</summary>
public static class ScriptTypeEndpoints
{
    public static void MapScriptTypeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/entities/{entity}/scripts/types", async (string entity, EntityService entities, IOptions<ScriptOptions> limits, CancellationToken ct) =>
        {
            var slugs = (await entities.ListAsync(ct)).Select(e => e.Slug).ToList();
            return (await entities.GetAsync(entity, ct)).Respond(definition =>
                TypedResults.Text(ScriptDeclarations.Generate(definition, slugs, limits.Value), "text/plain; charset=utf-8"));
        }).WithTags("Scripts");
    }
}
