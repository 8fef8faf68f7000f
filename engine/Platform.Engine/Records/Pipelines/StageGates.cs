using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Identity;
using Platform.Engine.Records.Rules;
using Platform.Engine.Scripting;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Pipelines;

/// <summary>
/// Checks every stage change against the gates of the stage left (exit criteria) and the stage entered
/// (entry criteria), whatever the write's source, and writes each change to the stage ledger in the same
/// transaction. Every unmet criterion is reported at once, in the caller's language.
/// </summary>
public sealed class StageGates(RecordScripts scripts, StageLedgerStore ledger, BoardRankStore ranks)
{
    /// <summary>The stage fields whose value this write changes, with the old and new stage.</summary>
    public static IEnumerable<(FieldDefinition Field, string? From, string? To)> Moves(EntityDefinition entity, IReadOnlyDictionary<string, object?> values,
        IDictionary<string, object?>? existing) =>
        entity.Fields.Where(f => f.Type == FieldTypeNames.Stage && values.ContainsKey(f.Slug))
            .Select(f => (f, existing?[f.Slug] as string, values[f.Slug] as string))
            .Where(m => m.Item2 != m.Item3);

    public async Task<Failure?> CheckAsync(WriteScope scope, EntityDefinition entity, IReadOnlyDictionary<string, object?> values,
        IDictionary<string, object?>? existing, long? ownerId, Actor actor, CancellationToken ct)
    {
        foreach (var (field, from, to) in Moves(entity, values, existing))
        {
            var stages = field.Stages ?? [];
            var (left, entered) = (stages.Find(s => s.Value == from), stages.Find(s => s.Value == to));
            var unmet = new List<UnmetCriterion>();
            if (left is not null && entered is not null && field.AllowBackward == false && stages.IndexOf(entered) < stages.IndexOf(left))
            {
                unmet.Add(new UnmetCriterion("backward", field.Slug, Texts.Get("stage.backward")));
            }
            var record = ScriptRecord.From(entity, values, existing, ownerId);
            if (left?.ExitCriteria is { } exit)
            {
                var failed = await UnmetAsync(scope, entity, record, exit, left, leaving: true, actor, unmet, ct);
                if (failed is not null)
                {
                    return failed;
                }
            }
            if (entered?.EntryCriteria is { } entry)
            {
                var failed = await UnmetAsync(scope, entity, record, entry, entered, leaving: false, actor, unmet, ct);
                if (failed is not null)
                {
                    return failed;
                }
            }
            if (unmet.Count > 0)
            {
                // The title already says criteria are unmet; the detail says which, whether of the stage left or entered.
                return new GateFailure(field.Slug, to ?? "", unmet, string.Join(" ", unmet.Select(u => u.Message)));
            }
        }
        return null;
    }

    /// <summary>Writes the stage changes of a write that has been stored; a record that changed stage loses its place on the board.</summary>
    public async Task RecordAsync(WriteScope scope, EntityDefinition entity, long id, IReadOnlyDictionary<string, object?> values,
        IDictionary<string, object?>? existing, DateTimeOffset at, Actor actor, string source, CancellationToken ct)
    {
        foreach (var (field, from, to) in Moves(entity, values, existing))
        {
            await ledger.InsertAsync(scope, new StageMove(entity.Slug, id, field.Slug, from, to, at, actor.UserId == 0 ? null : actor.UserId, source, null), ct);
            if (existing is not null)
            {
                await ranks.DropAsync(scope, entity.Slug, field.Slug, id, ct);
            }
        }
    }

    private async Task<Failure?> UnmetAsync(WriteScope scope, EntityDefinition entity, Dictionary<string, object?> record, StageCriteria criteria,
        StageDefinition stage, bool leaving, Actor actor, List<UnmetCriterion> unmet, CancellationToken ct)
    {
        foreach (var slug in criteria.RequiredFields)
        {
            if (record.GetValueOrDefault(slug) is null or "" or System.Collections.ICollection { Count: 0 })
            {
                var label = entity.Field(slug) is { } f ? Languages.Pick(f.Label, Languages.Current) ?? slug : slug;
                unmet.Add(new UnmetCriterion("requiredField", slug, Texts.Get(leaving ? "stage.requiredToLeave" : "stage.requiredToEnter", label, Label(stage))));
            }
        }
        if (criteria.Condition is not { Length: > 0 } && criteria.Related.Count == 0)
        {
            return null;
        }
        var plan = await scripts.ContextAsync(entity, RuleSet.Empty, [], actor, ct, scope);
        var related = scripts.Related(plan, scope.Connection, scope.Transaction, ct);
        if (criteria.Condition is { Length: > 0 } condition)
        {
            var run = scripts.Run($"{stage.Value}.condition", condition, RecordScripts.Input(plan, record, null, related), ct);
            if (run.Error is { } error)
            {
                return scripts.Fail($"{stage.Value}.{(leaving ? "exitCriteria" : "entryCriteria")}", "stageCondition", error);
            }
            if (run.Result is not JsonValue held || held.GetValueKind() != System.Text.Json.JsonValueKind.True)
            {
                var message = run.Result is JsonValue text && text.GetValueKind() == System.Text.Json.JsonValueKind.String ? text.GetValue<string>()
                    : Languages.Pick(criteria.ConditionMessage, Languages.Current) ?? Texts.Get("stage.condition", Label(stage));
                unmet.Add(new UnmetCriterion("condition", null, message));
            }
        }
        foreach (var link in criteria.Related)
        {
            var where = link.Where?.DeepClone().AsObject() ?? [];
            int count;
            try
            {
                // A record being created has nothing linked to it yet.
                count = record.GetValueOrDefault(SystemFields.Id) is long id ? related.Find(link.Entity, Linked(where, link.Field, id), link.Min).Count : 0;
            }
            catch (ScriptHostException e)
            {
                unmet.Add(new UnmetCriterion("related", null, e.Message));
                continue;
            }
            if (count < link.Min)
            {
                var target = plan.Entities.FirstOrDefault(e => e.Slug == link.Entity);
                var name = target is null ? link.Entity : Languages.Pick(target.Label, Languages.Current) ?? link.Entity;
                unmet.Add(new UnmetCriterion("related", null, Languages.Pick(link.Message, Languages.Current) ?? Texts.Get("stage.relatedMissing", link.Min, name, count)));
            }
        }
        return null;
    }

    private static JsonObject Linked(JsonObject where, string field, long id)
    {
        where[field] = id;
        return where;
    }

    private static string Label(StageDefinition stage) => Languages.Pick(stage.Label, Languages.Current) is { Length: > 0 } label ? label : stage.Value;
}
