using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Identity;
using Platform.Engine.Records.Formulas;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Pipelines;

/// <summary>
/// Moves every record of a stage to another when an admin reorganises a pipeline, typically before removing the
/// stage. Gates do not apply: the pipeline is being redrawn, not worked. Each record's move is in the stage ledger
/// (source <c>designer</c>, with the reason) and in its history, and bumps its version.
/// </summary>
public sealed class StageMoveService(Database database, EntityCatalog entities, StageMoveStore store, BoardRankStore ranks, RecordStore records,
    RecordEvents events, FormulaJobs formulas, TimeProvider clock)
{
    public Task<Result<long>> MoveAllAsync(string entitySlug, string fieldSlug, string stage, string? to, string? reason, Actor actor, CancellationToken ct) =>
        database.WriteAsync<long>(async scope =>
        {
            var found = await entities.FindPipelineAsync(entitySlug, fieldSlug, ct);
            if (!found.IsSuccess)
            {
                return found.Failure;
            }
            var (entity, field) = found.Value;
            if (to is null || to == stage || field.Stages?.Exists(s => s.Value == to) != true)
            {
                return ValidationFailure.For("to", Texts.Get("stage.moveTo"));
            }
            var now = clock.GetUtcNow();
            var holders = events.Subscribed ? await store.HoldersAsync(scope, entity, field, stage, ct) : [];
            // A place on the board belongs to the column the card was placed in.
            await ranks.DropStageAsync(scope, entity, field, stage, ct);
            var moved = await store.MoveAsync(scope, entity, field, stage, to, now, actor.UserId == 0 ? null : actor.UserId, reason, ct);
            if (moved == 0)
            {
                return 0L;
            }
            foreach (var id in holders)
            {
                var record = RecordJson.From(entity, (await records.FindAsync(scope, entity, id, ct))!);
                await events.RaiseAsync(scope, new RecordEvent(RecordEventKinds.Updated, entity.Slug, id, now, actor.UserId, record,
                    [new FieldChange(field.Slug, stage, to)]), ct);
            }
            // A formula may read the stage; the moved records' values are recomputed in the background.
            foreach (var formula in entity.Fields.Where(f => f.Type == FieldTypeNames.Formula))
            {
                await formulas.EnqueueAsync(scope, entity.Slug, formula.Slug, ct);
            }
            return (long)moved;
        }, ct);
}
