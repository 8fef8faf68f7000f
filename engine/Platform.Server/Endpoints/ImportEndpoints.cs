using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Platform.Engine.Common;
using Platform.Engine.Records.Transfers;
using Platform.Server.Auth;

namespace Platform.Server.Endpoints;

/// <summary>Imports: upload a CSV or .xlsx file (dry run or real run), follow its progress, download its refused rows.</summary>
public static class ImportEndpoints
{
    /// <summary>A spreadsheet of 100,000 rows is 10–30 MB; this leaves room for wide ones.</summary>
    public const long UploadLimit = 200 * 1024 * 1024;

    private const int MaxFieldLength = 1024 * 1024;

    public static void MapImportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/entities/{entity}/imports", StartAsync).WithTags("Imports")
            .WithMetadata(new RequestSizeLimitAttribute(UploadLimit)).DisableAntiforgery();
        var imports = app.MapGroup("/api/imports").WithTags("Imports");
        imports.MapGet("/{id}", async (string id, HttpContext context, ImportService service, CancellationToken ct) =>
            (await service.GetAsync(id, context.User.Actor(), ct)).Respond(TypedResults.Ok));
        imports.MapGet("/{id}/errors.csv", async (string id, HttpContext context, ImportService service, CancellationToken ct) =>
            (await service.ErrorsFileAsync(id, context.User.Actor(), ct))
                .Respond(file => TypedResults.Stream(output => file.WriteAsync(output, ct), "text/csv; charset=utf-8", file.FileName)));
    }

    private static async Task<IResult> StartAsync(string entity, HttpRequest request, ImportService service, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || HeaderUtilities.RemoveQuotes(type.Boundary) is not { Length: > 0 } boundary)
        {
            return Problems.Invalid("file", Texts.Get("import.file.form"));
        }
        ImportUpload? upload;
        Dictionary<string, List<string>> fields;
        try
        {
            (upload, fields) = await ReadFormAsync(boundary.Value!, request.Body, service, ct);
        }
        // A body over the size limit is Kestrel's 413 (BadHttpRequestException is an IOException too); the rest is a broken form.
        catch (Exception e) when (e is InvalidDataException or IOException && e is not BadHttpRequestException && !ct.IsCancellationRequested)
        {
            return Problems.Invalid("file", Texts.Get("import.file.form"));
        }
        if (upload is null)
        {
            return Problems.Invalid("file", Texts.Get("import.file.missing"));
        }
        string? First(string name) => fields.TryGetValue(name, out var values) ? values[0] : null;
        var matchOn = fields.GetValueOrDefault("matchOn")?.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList() ?? [];
        var started = await service.StartAsync(entity, upload, new ImportRequest(First("mode"), First("mapping"), matchOn, First("onDuplicate")),
            request.HttpContext.User.Actor(), ct);
        return started.Respond(report => report.Mode == ImportModes.Commit
            ? TypedResults.Accepted($"/api/imports/{report.Id}", report)
            : TypedResults.Ok(report));
    }

    /// <summary>
    /// Streams the multipart body: the file goes straight to disk (never into memory), the other form
    /// fields are collected by name.
    /// </summary>
    private static async Task<(ImportUpload? Upload, Dictionary<string, List<string>> Fields)> ReadFormAsync(
        string boundary, Stream body, ImportService service, CancellationToken ct)
    {
        var reader = new MultipartReader(boundary, body) { BodyLengthLimit = UploadLimit };
        var fields = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        ImportUpload? upload = null;
        try
        {
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (name == "file" && disposition.IsFileDisposition() && upload is null)
                {
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    upload = await service.ReceiveAsync(section.Body, string.IsNullOrWhiteSpace(fileName) ? "upload" : fileName, ct);
                }
                else if (disposition.IsFormDisposition())
                {
                    using var text = new StreamReader(section.Body);
                    var value = await text.ReadToEndAsync(ct);
                    (fields.TryGetValue(name, out var values) ? values : fields[name] = []).Add(value.Length > MaxFieldLength ? value[..MaxFieldLength] : value);
                }
            }
        }
        catch
        {
            if (upload is not null)
            {
                service.Discard(upload);
            }
            throw;
        }
        return (upload, fields);
    }
}
