using Platform.Engine.Entities;
using Platform.Engine.Records.Formulas;
using Platform.Engine.Records.Rules;
using Platform.Engine.Common;
using Platform.Server.Auth;

namespace Platform.Server.Endpoints;

/// <summary>An entity's rules, the scores they gave a record, and formula recomputation. Reading is open to every user; changing is for admins.</summary>
public static class RuleEndpoints
{
    public static void MapRuleEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/entities/{entity}/rules").WithTags("Rules");
        group.MapGet("/", async (string entity, RuleService rules, CancellationToken ct) =>
            (await rules.ListAsync(entity, ct)).Respond(TypedResults.Ok));
        group.MapGet("/{rule}", async (string entity, string rule, RuleService rules, CancellationToken ct) =>
            (await rules.GetAsync(entity, rule, ct)).Respond(TypedResults.Ok));

        var admin = group.MapGroup("/").RequireAuthorization(AuthSchemes.AdminPolicy);
        admin.MapPost("/", async (string entity, EntityRule input, RuleService rules, CancellationToken ct) =>
            (await rules.CreateAsync(entity, input, ct)).Respond(r => TypedResults.Created($"/api/entities/{entity}/rules/{r.Slug}", r)));
        admin.MapPut("/{rule}", async (string entity, string rule, EntityRule input, RuleService rules, CancellationToken ct) =>
            (await rules.ReplaceAsync(entity, rule, input, ct)).Respond(TypedResults.Ok));
        admin.MapDelete("/{rule}", async (string entity, string rule, RuleService rules, CancellationToken ct) =>
            (await rules.DeleteAsync(entity, rule, ct)).Respond(_ => TypedResults.NoContent()));

        app.MapGet("/api/entities/{entity}/records/{id:long}/scores", async (string entity, long id, EntityCatalog entities, RecordScripts scripts, CancellationToken ct) =>
            await entities.FindAsync(entity, ct) is { } found
                ? TypedResults.Ok(await scripts.ScoresAsync(found, id, ct))
                : new NotFoundFailure(Texts.Get("entity.notFound", entity)).ToProblem()).WithTags("Rules");

        var recompute = app.MapGroup("/api/entities/{entity}/fields/{field}/recompute").WithTags("Fields");
        recompute.MapGet("/", async (string entity, string field, FormulaJobs jobs, CancellationToken ct) =>
            (await jobs.LatestAsync(entity, field, ct)).Respond(TypedResults.Ok));
        recompute.MapPost("/", async (string entity, string field, FormulaJobs jobs, CancellationToken ct) =>
            (await jobs.StartAsync(entity, field, ct)).Respond(j => TypedResults.Accepted($"/api/entities/{entity}/fields/{field}/recompute", j)))
            .RequireAuthorization(AuthSchemes.AdminPolicy);
    }
}
