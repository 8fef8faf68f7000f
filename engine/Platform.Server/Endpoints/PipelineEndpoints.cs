using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Records.Pipelines;

namespace Platform.Server.Endpoints;

/// <summary>The stage ledger: a record's stage moves with dwell times, and a pipeline as it stood at a date.</summary>
public static class PipelineEndpoints
{
    public static void MapPipelineEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/entities/{entity}/records/{id:long}/stages", async (string entity, long id, PipelineService pipelines, CancellationToken ct) =>
            (await pipelines.HistoryAsync(entity, id, ct)).Respond(TypedResults.Ok)).WithTags("Pipelines");
        app.MapGet("/api/entities/{entity}/records/{id:long}/timeline", async (string entity, long id, TimelineService timelines, CancellationToken ct) =>
            (await timelines.TimelineAsync(entity, id, ct)).Respond(TypedResults.Ok)).WithTags("Pipelines");
        app.MapGet("/api/entities/{entity}/pipelines/{field}/snapshot", async (string entity, string field, string? at, PipelineService pipelines, CancellationToken ct) =>
            (await pipelines.SnapshotAsync(entity, field, at, ct)).Respond(TypedResults.Ok)).WithTags("Pipelines");
        app.MapGet("/api/entities/{entity}/pipelines/{field}/board", async (string entity, string field, string? amount, string? filter, int? cards,
            PipelineService pipelines, CancellationToken ct) =>
        {
            JsonElement? parsed = null;
            if (!string.IsNullOrWhiteSpace(filter))
            {
                try
                {
                    parsed = JsonDocument.Parse(filter).RootElement;
                }
                catch (JsonException e)
                {
                    return Problems.Invalid("filter", Texts.Get("query.filter", e.Message));
                }
            }
            return (await pipelines.BoardAsync(entity, field, amount, parsed, cards ?? 50, ct)).Respond(TypedResults.Ok);
        }).WithTags("Pipelines");
    }
}
