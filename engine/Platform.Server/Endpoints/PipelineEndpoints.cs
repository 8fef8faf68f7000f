using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Records.Pipelines;
using Platform.Server.Auth;

namespace Platform.Server.Endpoints;

/// <summary>The stage ledger and the kanban board: a record's stage moves with dwell times, a pipeline as it stood at a date, its board.</summary>
public static class PipelineEndpoints
{
    public static void MapPipelineEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/entities/{entity}/records/{id:long}/stages", async (string entity, long id, PipelineService pipelines, CancellationToken ct) =>
            (await pipelines.HistoryAsync(entity, id, ct)).Respond(TypedResults.Ok)).WithTags("Pipelines");
        app.MapGet("/api/entities/{entity}/records/{id:long}/timeline", async (string entity, long id, TimelineService timelines, CancellationToken ct) =>
            (await timelines.TimelineAsync(entity, id, ct)).Respond(TypedResults.Ok)).WithTags("Pipelines");

        var pipeline = app.MapGroup("/api/entities/{entity}/pipelines/{field}").WithTags("Pipelines");
        pipeline.MapGet("/snapshot", async (string entity, string field, string? at, PipelineService pipelines, CancellationToken ct) =>
            (await pipelines.SnapshotAsync(entity, field, at, ct)).Respond(TypedResults.Ok));
        pipeline.MapGet("/board", async (string entity, string field, string? amount, string? filter, int? cards, BoardService board, CancellationToken ct) =>
            ParseFilter(filter, out var parsed) is { } bad ? bad
                : (await board.BoardAsync(entity, field, amount, parsed, cards ?? 50, ct)).Respond(TypedResults.Ok));
        pipeline.MapGet("/board/cards", async (string entity, string field, string? stage, string? filter, int? offset, int? limit, BoardService board,
            CancellationToken ct) =>
            ParseFilter(filter, out var parsed) is { } bad ? bad
                : (await board.CardsAsync(entity, field, stage ?? "", parsed, offset ?? 0, limit ?? 100, ct)).Respond(TypedResults.Ok));
        pipeline.MapPut("/board/order", async (string entity, string field, BoardOrder body, BoardService board, CancellationToken ct) =>
            (await board.OrderAsync(entity, field, body.Stage, body.Ids, ct)).Respond(_ => TypedResults.NoContent()));
        pipeline.MapPost("/stages/{stage}/move", async (string entity, string field, string stage, StageMoveRequest body, HttpContext context,
            StageMoveService moves, CancellationToken ct) =>
            (await moves.MoveAllAsync(entity, field, stage, body.To, body.Reason, context.User.Actor(), ct)).Respond(n => TypedResults.Ok(new { moved = n })))
            .RequireAuthorization(AuthSchemes.AdminPolicy);
    }

    /// <summary>Where an admin moves every record of a stage, and why (kept in the stage ledger).</summary>
    public sealed record StageMoveRequest(string? To, string? Reason);

    /// <summary>The cards a person put at the top of a column, top first.</summary>
    public sealed record BoardOrder(string? Stage, List<long>? Ids);

    /// <summary>The records API's filter JSON from the query string; a 400 keyed <c>filter</c> when it is no JSON.</summary>
    private static IResult? ParseFilter(string? filter, out JsonElement? parsed)
    {
        parsed = null;
        if (string.IsNullOrWhiteSpace(filter))
        {
            return null;
        }
        try
        {
            parsed = JsonDocument.Parse(filter).RootElement;
            return null;
        }
        catch (JsonException e)
        {
            return Problems.Invalid("filter", Texts.Get("query.filter", e.Message));
        }
    }
}
