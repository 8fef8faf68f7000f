using System.Globalization;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Pipelines;

/// <summary>Reads the stage ledger: a record's moves and dwell times, and a pipeline as it stood at a past date.</summary>
public sealed class PipelineService(Database database, EntityCatalog entities, StageLedgerStore ledger, TimeProvider clock, LocalCalendar local)
{
    public async Task<Result<StageHistory>> HistoryAsync(string entitySlug, long id, CancellationToken ct)
    {
        if (await entities.FindAsync(entitySlug, ct) is not { } entity)
        {
            return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
        }
        var moves = await database.ReadAsync(c => ledger.ForRecordAsync(c, entity.Slug, id, ct), ct);
        var now = clock.GetUtcNow();
        var history = new List<StageHistory.Move>();
        var dwells = new List<StageHistory.Dwell>();
        foreach (var group in moves.GroupBy(m => m.Field))
        {
            var stages = entity.Field(group.Key)?.Stages ?? [];
            var list = group.ToList();
            history.AddRange(list.Select(m => new StageHistory.Move(m.Field, m.From, m.To, m.At, m.By, m.Source, m.Reason, Skipped(stages, m.From, m.To))));
            // Each move ends the stay in the stage before it; the last stay lasts until now.
            var stays = list.Select((m, i) => (Stage: m.To, Days: ((i + 1 < list.Count ? list[i + 1].At : now) - m.At).TotalDays, Current: i + 1 == list.Count))
                .Where(s => s.Stage is not null);
            foreach (var stage in stays.GroupBy(s => s.Stage!))
            {
                var days = Math.Round(stage.Sum(s => s.Days), 4);
                var limit = stages.Find(s => s.Value == stage.Key)?.MaxDwellDays;
                var current = stage.Any(s => s.Current);
                dwells.Add(new StageHistory.Dwell(group.Key, stage.Key, stage.Count(), days, current, current && limit is { } max && days > max));
            }
        }
        return new StageHistory(history, dwells);
    }

    /// <summary>The pipeline at the end of <paramref name="day"/> (local time): each record in the stage its last move up to then left it in.</summary>
    public async Task<Result<PipelineSnapshot>> SnapshotAsync(string entitySlug, string fieldSlug, string? day, CancellationToken ct)
    {
        if (await entities.FindAsync(entitySlug, ct) is not { } entity)
        {
            return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
        }
        if (entity.Field(fieldSlug) is not { Type: FieldTypeNames.Stage } field)
        {
            return new NotFoundFailure(Texts.Get("pipeline.notFound", fieldSlug));
        }
        DateOnly date;
        if (day is null)
        {
            date = local.Today();
        }
        else if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return ValidationFailure.For("at", Texts.Get("pipeline.at"));
        }
        var end = TimeZoneInfo.ConvertTimeToUtc(date.AddDays(1).ToDateTime(TimeOnly.MinValue), local.Zone);
        var at = new DateTimeOffset(end, TimeSpan.Zero).AddMilliseconds(-1);
        var counts = (await database.ReadAsync(c => ledger.CountsAtAsync(c, entity.Slug, field.Slug, at, ct), ct)).ToDictionary(s => s.Stage, s => s.Count);
        var columns = (field.Stages ?? []).Select(s => new PipelineSnapshot.Column(s.Value, s.Label, s.Category, counts.GetValueOrDefault(s.Value))).ToList();
        return new PipelineSnapshot(field.Slug, at, columns, columns.Sum(c => c.Count));
    }

    private static IReadOnlyList<string> Skipped(List<StageDefinition> stages, string? from, string? to)
    {
        var (a, b) = (stages.FindIndex(s => s.Value == from), stages.FindIndex(s => s.Value == to));
        return a >= 0 && b > a + 1 ? [.. stages.Skip(a + 1).Take(b - a - 1).Select(s => s.Value)] : [];
    }
}
