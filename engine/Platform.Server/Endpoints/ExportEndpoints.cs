using Platform.Engine.Records.Transfers;

namespace Platform.Server.Endpoints;

/// <summary>Export of an entity's records as CSV or .xlsx, with the list endpoint's filter, sort and search, or a saved view's.</summary>
public static class ExportEndpoints
{
    public static void MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        // "export" is not a number, so this never meets /records/{id:long}.
        app.MapGet("/api/entities/{entity}/records/export", ExportAsync).WithTags("Records");
    }

    private static async Task<IResult> ExportAsync(string entity, ExportService exports, CancellationToken ct,
        string? format = null, string? filter = null, string? fields = null, string? sort = null, string? q = null, string? search = null, string? view = null) =>
        (await exports.PrepareAsync(entity, new ExportRequest(format, filter, fields, sort, q ?? search, view), ct))
            .Respond(file => TypedResults.Stream(output => file.WriteAsync(output, ct), file.ContentType, file.FileName));
}
