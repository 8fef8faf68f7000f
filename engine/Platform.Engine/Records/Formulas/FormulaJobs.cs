using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Formulas;

/// <summary>
/// Recomputation of formula fields in the background. The table is the queue; a job queued inside a
/// field change commits with it, and wakes the worker once committed. A run resumes from its checkpoint.
/// </summary>
public sealed class FormulaJobs(Database database, FormulaJobStore store, EntityCatalog catalog, FormulaRecompute recompute, TimeProvider clock) : IJobQueue
{
    private readonly JobSignal _signal = new();

    /// <summary>Queues a recomputation of <paramref name="field"/>, superseding any unfinished one.</summary>
    public async Task<FormulaJob> EnqueueAsync(WriteScope scope, string entity, string field, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await store.CancelAsync(scope, entity, field, now, ct);
        var job = new FormulaJob { Id = Guid.NewGuid().ToString("N"), Entity = entity, Field = field, Status = FormulaJobStatuses.Queued, CreatedAt = now };
        await store.InsertAsync(scope, job, ct);
        scope.AfterCommit(_signal.Wake);
        return job;
    }

    /// <summary>Starts a recomputation on request (e.g. after the records a formula reads changed elsewhere).</summary>
    public Task<Result<FormulaJob>> StartAsync(string entitySlug, string fieldSlug, CancellationToken ct) =>
        database.WriteAsync<FormulaJob>(async scope =>
        {
            if (Find(await catalog.FindAsync(entitySlug, ct), entitySlug, fieldSlug) is { } failure)
            {
                return failure;
            }
            return await EnqueueAsync(scope, entitySlug, fieldSlug, ct);
        }, ct);

    public async Task<Result<FormulaJob>> LatestAsync(string entitySlug, string fieldSlug, CancellationToken ct)
    {
        if (Find(await catalog.FindAsync(entitySlug, ct), entitySlug, fieldSlug) is { } failure)
        {
            return failure;
        }
        var job = await database.ReadAsync(c => store.LatestAsync(c, entitySlug, fieldSlug, ct), ct);
        return job is null ? new NotFoundFailure(Texts.Get("formula.noJob", fieldSlug)) : job;
    }

    public Task RecoverAsync(DateTimeOffset startedAt, CancellationToken ct) => Task.CompletedTask;

    public async Task RunPendingAsync(CancellationToken ct)
    {
        IReadOnlyList<string> pending;
        while ((pending = await database.ReadAsync(c => store.PendingAsync(c, ct), ct)).Count > 0)
        {
            foreach (var id in pending)
            {
                await recompute.RunAsync(id, ct);
            }
        }
    }

    public Task WaitAsync(CancellationToken ct) => _signal.WaitAsync(ct);

    private static Failure? Find(EntityDefinition? entity, string entitySlug, string fieldSlug)
    {
        if (entity is null)
        {
            return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
        }
        if (entity.Field(fieldSlug) is not { Type: FieldTypeNames.Formula })
        {
            return new NotFoundFailure(Texts.Get("formula.notFormula", fieldSlug));
        }
        return null;
    }
}
