using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Pipelines;

/// <summary>
/// The kanban board of a stage field: columns with counts, sums and their first cards, a column a page at a time,
/// and the order a person gives the cards of a column.
/// </summary>
public sealed class BoardService(Database database, EntityCatalog entities, BoardStore board, BoardRankStore ranks, StageLedgerStore ledger, LocalCalendar local)
{
    public const int MaxCards = 500;

    /// <summary>
    /// The board of <paramref name="fieldSlug"/>: every live record matching <paramref name="filter"/> counted and summed by stage,
    /// with up to <paramref name="cards"/> cards per column.
    /// </summary>
    public async Task<Result<PipelineBoard>> BoardAsync(string entitySlug, string fieldSlug, string? amountSlug, JsonElement? filter, int cards, CancellationToken ct)
    {
        var found = await entities.FindPipelineAsync(entitySlug, fieldSlug, ct);
        if (!found.IsSuccess)
        {
            return found.Failure;
        }
        var (entity, field) = found.Value;
        var amount = amountSlug is null ? null : entity.Field(amountSlug);
        if (amountSlug is not null && amount?.Type is not (FieldTypeNames.Number or FieldTypeNames.Currency or FieldTypeNames.Percent))
        {
            return ValidationFailure.For("amount", Texts.Get("pipeline.amount"));
        }
        var sql = new SqlFragment();
        var where = Where(entity, filter, sql);
        if (!where.IsSuccess)
        {
            return where.Failure;
        }
        var perColumn = Math.Clamp(cards, 0, MaxCards);
        var today = local.Today();
        var monthStart = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(new DateOnly(today.Year, today.Month, 1).ToDateTime(TimeOnly.MinValue), local.Zone), TimeSpan.Zero);
        var (totals, rows, entered) = await database.ReadAsync(async c =>
            (await board.TotalsAsync(c, entity, field, amount, where.Value, sql, ct), await board.CardsAsync(c, entity, field, where.Value, perColumn, sql, ct),
             await ledger.EnteredSinceAsync(c, entity.Slug, field.Slug, monthStart, ct)), ct);
        var columns = (field.Stages ?? []).Select(stage =>
        {
            var (_, count, sum) = totals.FirstOrDefault(t => t.Stage == stage.Value);
            var total = Math.Round((decimal)sum, 2);
            var weighted = Math.Round(total * (stage.Probability ?? 0) / 100m, 2);
            var stageCards = rows.Where(r => (r[field.Slug] as string) == stage.Value).Select(r => (IDictionary<string, object?>)RecordJson.From(entity, r)).ToList();
            return new PipelineBoard.Column(stage.Value, stage.Label, stage.Color, stage.Category, stage.Probability, count, total, weighted, stageCards,
                stage.Target, entered.GetValueOrDefault(stage.Value));
        }).ToList();
        return new PipelineBoard(field.Slug, amount?.Slug, columns, columns.Sum(c => c.Count));
    }

    /// <summary>
    /// Cards <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="limit"/> of one column, in board order,
    /// with the number of live records in it that match <paramref name="filter"/>. An empty <paramref name="stage"/> is the
    /// records without a stage.
    /// </summary>
    public async Task<Result<BoardCards>> CardsAsync(string entitySlug, string fieldSlug, string? stage, JsonElement? filter, int offset, int limit,
        CancellationToken ct)
    {
        var found = await entities.FindPipelineAsync(entitySlug, fieldSlug, ct);
        if (!found.IsSuccess)
        {
            return found.Failure;
        }
        var (entity, field) = found.Value;
        var errors = new ValidationErrors();
        if (stage is null || (stage.Length > 0 && field.Stages?.Exists(s => s.Value == stage) != true))
        {
            errors.Add("stage", Texts.Get("board.stage", stage ?? ""));
        }
        if (limit is < 1 or > MaxCards)
        {
            errors.Add("limit", Texts.Get("board.limit", MaxCards));
        }
        if (offset < 0)
        {
            errors.Add("offset", Texts.Get("board.offset"));
        }
        if (errors.Any)
        {
            return errors.ToFailure();
        }
        var sql = new SqlFragment();
        var where = Where(entity, filter, sql);
        if (!where.IsSuccess)
        {
            return where.Failure;
        }
        var value = stage is { Length: > 0 } ? stage : null;
        var (total, rows) = await database.ReadAsync(async c => (await board.CountAsync(c, entity, field, value, where.Value, sql, ct),
            await board.ColumnAsync(c, entity, field, value, where.Value, offset, limit, sql, ct)), ct);
        return new BoardCards(stage!, total, [.. rows.Select(r => (IDictionary<string, object?>)RecordJson.From(entity, r))]);
    }

    /// <summary>
    /// Puts <paramref name="ids"/> at the top of <paramref name="stage"/>'s column, in that order; the column's other cards follow,
    /// most recently changed first. Every id must be a live record in that stage.
    /// </summary>
    public Task<Result<bool>> OrderAsync(string entitySlug, string fieldSlug, string? stage, IReadOnlyList<long>? ids, CancellationToken ct) =>
        database.WriteAsync<bool>(async scope =>
        {
            var found = await entities.FindPipelineAsync(entitySlug, fieldSlug, ct);
            if (!found.IsSuccess)
            {
                return found.Failure;
            }
            var (entity, field) = found.Value;
            var column = field.Stages?.Find(s => s.Value == stage);
            var errors = new ValidationErrors();
            if (column is null)
            {
                errors.Add("stage", Texts.Get("board.stage", stage ?? ""));
            }
            if (ids is not { Count: > 0 and <= MaxCards } || ids.Distinct().Count() != ids.Count)
            {
                errors.Add("ids", Texts.Get("board.ids", MaxCards));
            }
            if (errors.Any)
            {
                return errors.ToFailure();
            }
            var held = await board.InStageAsync(scope, entity, field, column!.Value, ids!, ct);
            if (ids!.Where(id => !held.Contains(id)).ToList() is { Count: > 0 } strangers)
            {
                return ValidationFailure.For("ids", Texts.Get("board.notInStage", string.Join(", ", strangers), Label(column)));
            }
            await ranks.PlaceAsync(scope, entity, field, column.Value, ids!, ct);
            return true;
        }, ct);

    /// <summary>The live records matching <paramref name="filter"/>, as a WHERE condition whose values go into <paramref name="sql"/>.</summary>
    private Result<string> Where(EntityDefinition entity, JsonElement? filter, SqlFragment sql)
    {
        if (filter is not { } given)
        {
            return "deleted_at IS NULL";
        }
        var predicate = new FilterCompiler(entity, sql, database.Dialect, local.Today(), local.Zone).Compile(given);
        return predicate.IsSuccess ? Result<string>.Ok("deleted_at IS NULL AND " + predicate.Value) : predicate.Failure;
    }

    private static string Label(StageDefinition stage) => Languages.Pick(stage.Label, Languages.Current) is { Length: > 0 } label ? label : stage.Value;
}
