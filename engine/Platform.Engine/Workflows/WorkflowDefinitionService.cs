using Platform.Engine.Common;
using Platform.Engine.Storage;
using Platform.Engine.Workflows.Runtime;
using Platform.Engine.Workflows.Validation;

namespace Platform.Engine.Workflows;

/// <summary>
/// Imports, edits and publishes workflow definitions. A definition has one latest version (the draft people
/// edit) and at most one published version; publishing a later version leaves the earlier rows in place for
/// the instances that run on them, and replaces the triggers that start new instances.
/// </summary>
public sealed class WorkflowDefinitionService(
    Database database, WorkflowDefinitionStore store, WorkflowTriggers triggers, WorkflowValidator validator, TimeProvider clock)
{
    public Task<IReadOnlyList<WorkflowSummary>> ListAsync(CancellationToken ct) => store.ListAsync(ct);

    /// <summary>Version <paramref name="version"/>, or the latest when null.</summary>
    public async Task<Result<WorkflowVersion>> GetAsync(string definitionId, int? version, CancellationToken ct) =>
        await store.FindAsync(definitionId, version, ct) is { } found ? found : NotFound(definitionId, version);

    public async Task<Result<WorkflowDefinition>> GetDefinitionAsync(string definitionId, int? version, CancellationToken ct)
    {
        var found = await GetAsync(definitionId, version, ct);
        return found.IsSuccess ? WorkflowParser.Parse(found.Value.Json) : found.Failure;
    }

    /// <summary>Imports a new definition as draft version 1.</summary>
    public Task<Result<WorkflowVersion>> CreateAsync(string text, CancellationToken ct)
    {
        var read = WorkflowDocument.Read(text, null, NewId);
        if (!read.IsSuccess)
        {
            return Task.FromResult<Result<WorkflowVersion>>(read.Failure);
        }
        var document = read.Value;
        return database.WriteAsync<WorkflowVersion>(async scope =>
        {
            if (await store.FindAsync(scope, document.DefinitionId, ct) is not null)
            {
                return new ConflictFailure(Texts.Get("workflow.exists", document.DefinitionId));
            }
            var now = clock.GetUtcNow();
            var row = new WorkflowVersion(NewId(), document.DefinitionId, 1, true, false, document.Name, document.Json, now, now);
            await store.InsertAsync(scope, row, ct);
            return row;
        }, ct);
    }

    /// <summary>Replaces the draft; when the latest version is published, the document becomes a new draft version.</summary>
    public Task<Result<WorkflowVersion>> SaveDraftAsync(string definitionId, string text, CancellationToken ct)
    {
        var read = WorkflowDocument.Read(text, definitionId, NewId);
        if (!read.IsSuccess)
        {
            return Task.FromResult<Result<WorkflowVersion>>(read.Failure);
        }
        var document = read.Value;
        return database.WriteAsync<WorkflowVersion>(async scope =>
        {
            if (await store.FindAsync(scope, definitionId, ct) is not { } latest)
            {
                return NotFound(definitionId, null);
            }
            var now = clock.GetUtcNow();
            if (!latest.IsPublished)
            {
                await store.UpdateDraftAsync(scope, latest.Id, document.Name, document.Json, now, ct);
                return latest with { Name = document.Name, Json = document.Json, UpdatedAt = now };
            }
            var draft = new WorkflowVersion(NewId(), definitionId, latest.Version + 1, true, false, document.Name, document.Json, now, now);
            await store.RetireLatestAsync(scope, definitionId, ct);
            await store.InsertAsync(scope, draft, ct);
            return draft;
        }, ct);
    }

    /// <summary>Publishes the latest version; publishing it again changes nothing.</summary>
    public Task<Result<WorkflowSummary>> PublishAsync(string definitionId, CancellationToken ct) =>
        database.WriteAsync<WorkflowSummary>(async scope =>
        {
            if (await store.FindAsync(scope, definitionId, ct) is not { } latest)
            {
                return NotFound(definitionId, null);
            }
            if (latest.IsPublished)
            {
                return new WorkflowSummary(definitionId, latest.Name, latest.Version, latest.Version, latest.UpdatedAt);
            }
            // A version that cannot run as drawn is not published: the errors name the activities to fix.
            var errors = await validator.CheckAsync(WorkflowParser.Parse(latest.Json), ct);
            if (errors.Any)
            {
                return errors.ToFailure();
            }
            // Answer the instant as it is stored (to the millisecond), so the answer matches the list.
            var now = Timestamps.Parse(Timestamps.Format(clock.GetUtcNow()));
            await store.PublishAsync(scope, definitionId, latest.Id, now, ct);
            await triggers.IndexAsync(scope, latest with { IsPublished = true }, now, ct);
            return new WorkflowSummary(definitionId, latest.Name, latest.Version, latest.Version, now);
        }, ct);

    /// <summary>Checks a document as publishing would, without saving it.</summary>
    public async Task<Result<IReadOnlyDictionary<string, string[]>>> ValidateAsync(string text, CancellationToken ct)
    {
        var read = WorkflowDocument.Read(text, null, NewId);
        if (!read.IsSuccess)
        {
            return read.Failure;
        }
        var errors = await validator.CheckAsync(WorkflowParser.Parse(read.Value.Json), ct);
        return Result<IReadOnlyDictionary<string, string[]>>.Ok(errors.ToFailure().Errors);
    }

    private static NotFoundFailure NotFound(string definitionId, int? version) => new(version is null
        ? Texts.Get("workflow.notFound", definitionId)
        : Texts.Get("workflow.versionNotFound", definitionId, version));

    private static string NewId() => Guid.NewGuid().ToString("N");
}
