using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Identity;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Transfers;

/// <summary>
/// Imports of CSV and Excel files. An upload is checked at once (file, mapping, match fields); a dry run
/// then runs before the answer, a real run is queued for the background worker of <see cref="ImportJobs"/>. An import is visible
/// to the user who started it and to admins.
/// </summary>
public sealed class ImportService(Database database, EntityCatalog catalog, ImportStore store, ImportFiles files, ImportRunner runner, ImportJobs jobs, TimeProvider clock)
{
    public const int MaxListedErrors = 1_000;
    private const int SampleRows = 3;

    public Task<ImportUpload> ReceiveAsync(Stream content, string fileName, CancellationToken ct) => files.SaveAsync(content, fileName, ct);

    public void Discard(ImportUpload upload) => files.Delete(upload.Id);

    /// <summary>Checks the upload and starts its import; a refused upload is deleted.</summary>
    public async Task<Result<ImportReport>> StartAsync(string entitySlug, ImportUpload upload, ImportRequest request, Actor actor, CancellationToken ct)
    {
        Result<ImportJob> accepted;
        try
        {
            accepted = await AcceptAsync(entitySlug, upload, request, actor, ct);
        }
        catch
        {
            Discard(upload);
            throw;
        }
        if (!accepted.IsSuccess)
        {
            Discard(upload);
            return accepted.Failure;
        }
        var job = accepted.Value;
        await database.WriteAsync<bool>(async scope =>
        {
            await store.InsertAsync(scope, job, ct);
            return true;
        }, ct);
        if (job.Mode == ImportModes.Commit)
        {
            jobs.Wake();
        }
        else
        {
            await RehearseAsync(job.Id, ct);
        }
        return await ReportAsync((await store.FindAsync(job.Id, ct))!, ct);
    }

    public async Task<Result<ImportReport>> GetAsync(string id, Actor actor, CancellationToken ct) =>
        await store.FindAsync(id, ct) is { } job && (job.CreatedBy == actor.UserId || actor.IsAdmin)
            ? await ReportAsync(job, ct)
            : new NotFoundFailure(Texts.Get("import.notFound", id));

    /// <summary>The refused rows as a CSV file to fix and import again (see <see cref="ImportErrorsFile"/>).</summary>
    public async Task<Result<ImportErrorsFile>> ErrorsFileAsync(string id, Actor actor, CancellationToken ct)
    {
        if (await store.FindAsync(id, ct) is not { } job || (job.CreatedBy != actor.UserId && !actor.IsAdmin))
        {
            return new NotFoundFailure(Texts.Get("import.notFound", id));
        }
        return new ImportErrorsFile(job, await catalog.FindAsync(job.Entity, ct), store);
    }

    private async Task RehearseAsync(string id, CancellationToken ct)
    {
        try
        {
            await runner.RunAsync(id, ct);
        }
        catch (OperationCanceledException)
        {
            // The caller went away: record the end now rather than leave a run that nobody finishes.
            await database.WriteAsync<bool>(async scope =>
            {
                await store.FinishAsync(scope, id, ImportStatuses.Failed, Texts.Get("import.interrupted"), clock.GetUtcNow(), CancellationToken.None);
                return true;
            }, CancellationToken.None);
            files.Delete(id);
            throw;
        }
    }

    private async Task<Result<ImportJob>> AcceptAsync(string entitySlug, ImportUpload upload, ImportRequest request, Actor actor, CancellationToken ct)
    {
        if (await catalog.FindAsync(entitySlug, ct) is not { } entity)
        {
            return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
        }
        var errors = new ValidationErrors();
        var mode = request.Mode ?? ImportModes.DryRun;
        if (mode is not (ImportModes.DryRun or ImportModes.Commit))
        {
            errors.Add("mode", Texts.Get("import.mode"));
        }
        var onDuplicate = request.OnDuplicate ?? DuplicateActions.Skip;
        if (!DuplicateActions.IsKnown(onDuplicate))
        {
            errors.Add("onDuplicate", Texts.Get("import.onDuplicate"));
        }
        var mapping = ParseMapping(request.Mapping, errors);
        var file = ReadFile(upload, errors);
        if (errors.Any || file is null)
        {
            return errors.ToFailure();
        }
        var (format, headers, samples) = file.Value;
        var matched = ColumnMatcher.Match(entity, headers, mapping);
        if (!matched.IsSuccess)
        {
            return matched.Failure;
        }
        var fields = matched.Value;
        CheckTargets(entity, fields, request.MatchOn, errors);
        if (errors.Any)
        {
            return errors.ToFailure();
        }
        files.Keep(upload, format);
        var language = Languages.Current;
        return new ImportJob
        {
            Id = upload.Id, Entity = entity.Slug, Mode = mode, FileName = upload.FileName, FileFormat = format,
            Status = mode == ImportModes.Commit ? ImportStatuses.Queued : ImportStatuses.Running,
            Plan = new ImportPlan(fields, [.. request.MatchOn.Distinct()], onDuplicate, language, actor.Role),
            Columns = [.. headers.Select((h, i) => new ImportColumn(h, fields[i], [.. samples.Select(s => i < s.Length ? CellText.Of(s[i]) : null)]))],
            CreatedBy = actor.UserId, CreatedAt = clock.GetUtcNow(),
        };
    }

    private static Dictionary<string, string?> ParseMapping(string? json, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [];
        }
        catch (JsonException)
        {
            errors.Add("mapping", Texts.Get("import.mapping.json"));
            return [];
        }
    }

    /// <summary>The file's format, header and first rows, or an error keyed <c>file</c>.</summary>
    private static (string Format, IReadOnlyList<string> Headers, List<object?[]> Samples)? ReadFile(ImportUpload upload, ValidationErrors errors)
    {
        using var stream = File.OpenRead(upload.Path);
        if (TableFiles.Detect(stream) is not { } format)
        {
            errors.Add("file", Texts.Get("import.file.format"));
            return null;
        }
        try
        {
            using var reader = TableFiles.Open(stream, format);
            if (reader.Headers.All(h => h.Length == 0))
            {
                errors.Add("file", Texts.Get("import.file.header"));
                return null;
            }
            return (format, reader.Headers, [.. reader.Rows().Take(SampleRows).Select(r => r.Cells)]);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException)
        {
            // A damaged workbook: MiniExcel reports it through the zip or XML reader.
            errors.Add("file", Texts.Get("import.file.unreadable", e.Message));
            return null;
        }
    }

    private static void CheckTargets(EntityDefinition entity, string?[] fields, IReadOnlyList<string> matchOn, ValidationErrors errors)
    {
        if (fields.All(f => f is null))
        {
            errors.Add("mapping", Texts.Get("import.mapping.none"));
        }
        foreach (var slug in matchOn.Where(m => entity.Field(m) is null || !fields.Contains(m)))
        {
            errors.Add("matchOn", Texts.Get("import.matchOn", slug));
        }
    }

    private async Task<ImportReport> ReportAsync(ImportJob job, CancellationToken ct)
    {
        var failures = await store.FailuresAsync(job.Id, 0, MaxListedErrors, ct);
        return new ImportReport
        {
            Id = job.Id, Entity = job.Entity, Mode = job.Mode, Status = job.Status, FileName = job.FileName,
            Total = job.Total, Processed = job.Processed, Created = job.Counts.Created, Updated = job.Counts.Updated,
            Skipped = job.Counts.Skipped, Failed = job.Counts.Failed, MatchOn = job.Plan.MatchOn, OnDuplicate = job.Plan.OnDuplicate,
            Errors = [.. failures.SelectMany(f => f.Errors).Take(MaxListedErrors)], Columns = job.Columns, Message = job.Message,
            CreatedBy = job.CreatedBy, CreatedAt = job.CreatedAt, StartedAt = job.StartedAt, FinishedAt = job.FinishedAt,
        };
    }
}
