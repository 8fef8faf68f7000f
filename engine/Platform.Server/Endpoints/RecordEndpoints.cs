using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Platform.Engine.Common;
using Platform.Engine.Records;
using Platform.Server.Auth;

namespace Platform.Server.Endpoints;

/// <summary>Records of an entity. Responses carry the record's version as an ETag; writes honour If-Match.</summary>
public static class RecordEndpoints
{
    public const long BulkBodyLimit = 10 * 1024 * 1024;

    public static void MapRecordEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/entities/{entity}/records").WithTags("Records");
        group.MapGet("/", ListAsync);
        group.MapPost("/", async (string entity, JsonElement body, HttpContext context, RecordService records, CancellationToken ct) =>
            (await records.CreateAsync(entity, body, context.User.Actor(), ct)).Respond(r => Tagged(context, r, StatusCodes.Status201Created)));
        group.MapPost("/bulk", BulkAsync).WithMetadata(new RequestSizeLimitAttribute(BulkBodyLimit));
        group.MapGet("/{id:long}", async (string entity, long id, HttpContext context, RecordReader reader, CancellationToken ct) =>
            (await reader.GetAsync(entity, id, ct)).Respond(r => Tagged(context, r, StatusCodes.Status200OK)));
        group.MapPatch("/{id:long}", async (string entity, long id, JsonElement body, HttpContext context, RecordService records, CancellationToken ct) =>
            IfMatch(context) is not { } version
                ? Problems.Invalid("If-Match", "If-Match must be a record version such as \"3\".")
                : (await records.UpdateAsync(entity, id, body, version.Value, context.User.Actor(), ct)).Respond(r => Tagged(context, r, StatusCodes.Status200OK)));
        group.MapDelete("/{id:long}", async (string entity, long id, HttpContext context, RecordService records, CancellationToken ct) =>
            IfMatch(context) is not { } version
                ? Problems.Invalid("If-Match", "If-Match must be a record version such as \"3\".")
                : (await records.DeleteAsync(entity, id, version.Value, context.User.Actor(), ct)).Respond(_ => TypedResults.NoContent()));
        group.MapPost("/{id:long}/restore", async (string entity, long id, HttpContext context, RecordService records, CancellationToken ct) =>
            (await records.RestoreAsync(entity, id, context.User.Actor(), ct)).Respond(r => Tagged(context, r, StatusCodes.Status200OK)));
        group.MapGet("/{id:long}/history", async (string entity, long id, RecordReader reader, CancellationToken ct) =>
            (await reader.HistoryAsync(entity, id, ct)).Respond(TypedResults.Ok));
    }

    private static async Task<IResult> ListAsync(string entity, HttpContext context, RecordReader reader, CancellationToken ct,
        string? filter = null, string? sort = null, int? limit = null, string? cursor = null, string? q = null,
        string? fields = null, string? expand = null, bool? count = null, bool? deleted = null)
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
        var query = new RecordQuery
        {
            Filter = parsed, Sort = sort, Limit = limit, Cursor = cursor, Q = q, Fields = Split(fields), Expand = Split(expand),
            Count = count == true, Deleted = deleted == true,
        };
        return (await reader.ListAsync(entity, query, ct)).Respond(TypedResults.Ok);
    }

    public sealed record BulkRequest(List<JsonElement>? Records);

    private static async Task<IResult> BulkAsync(string entity, BulkRequest body, HttpContext context, RecordService records, CancellationToken ct) =>
        (await records.BulkCreateAsync(entity, body.Records ?? [], context.User.Actor(), ct))
            .Respond(items => TypedResults.Json(new { items }, statusCode: StatusCodes.Status201Created));

    private static IReadOnlyList<string>? Split(string? list) =>
        list is null ? null : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IResult Tagged(HttpContext context, Dictionary<string, object?> record, int status)
    {
        context.Response.Headers.ETag = $"\"{record[SystemFields.Version]}\"";
        return status == StatusCodes.Status201Created
            ? TypedResults.Created($"{context.Request.Path}/{record[SystemFields.Id]}", record)
            : TypedResults.Ok(record);
    }

    /// <summary>The If-Match version: a box holding null when absent (no check), no box when unreadable.</summary>
    private static Box? IfMatch(HttpContext context)
    {
        var header = context.Request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return new Box(null);
        }
        var text = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return long.TryParse(text.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? new Box(version) : null;
    }

    /// <summary>An optional version that can itself be missing (unreadable header).</summary>
    private sealed record Box(long? Value);
}
