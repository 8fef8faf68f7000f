using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Identity;
using Platform.Engine.Scripting;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Rules;

/// <summary>
/// Runs an entity's scripts around a record write, in this order: before-save hooks (may set fields),
/// scoring rules (score and grade may fill fields), formulas (in field order, each seeing the ones before),
/// validation rules (seeing the record exactly as it will be stored); then, after the row is written,
/// scores are kept and after-save hooks run (they may only emit events). A script that fails refuses the
/// whole write with a <see cref="ScriptFailure"/>.
/// </summary>
public sealed class RecordScripts(
    RuleCatalog rules, ScriptSandbox sandbox, WorkingCalendarService calendars, EntityCatalog entities, UserStore users,
    RecordStore store, RuleStore ruleStore, RecordEvents events, Database database, LocalCalendar local, TimeProvider clock,
    ILogger<RecordScripts> logger)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, (long Generation, IReadOnlyDictionary<string, object?>? User)> _users = new();

    /// <summary>What runs for a write of <paramref name="entity"/>; null when nothing does. Inside a write, pass its scope.</summary>
    public async Task<ScriptPlan?> PlanAsync(EntityDefinition entity, Actor actor, CancellationToken ct, WriteScope? scope = null)
    {
        var set = await rules.ForAsync(entity, ct);
        var formulas = entity.Fields.Where(f => f.Type == FieldTypeNames.Formula).ToList();
        if (set.All.Count == 0 && formulas.Count == 0)
        {
            return null;
        }
        return await ContextAsync(entity, set, formulas, actor, ct, scope);
    }

    /// <summary>A plan with the given rules only, for trying a script out.</summary>
    public async Task<ScriptPlan> ContextAsync(EntityDefinition entity, RuleSet set, IReadOnlyList<FieldDefinition> formulas, Actor actor, CancellationToken ct,
        WriteScope? scope = null)
    {
        var user = actor.UserId == 0 ? null : await UserAsync(actor.UserId, scope, ct);
        return new ScriptPlan(entity, set, formulas, user, await calendars.CurrentAsync(ct), await entities.AllAsync(ct));
    }

    /// <summary>
    /// The acting user's public attributes, kept until any user changes: reading them costs more than
    /// running a typical rule, and every scripted write needs them.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, object?>?> UserAsync(long id, WriteScope? scope, CancellationToken ct)
    {
        var generation = users.Generation;
        if (_users.TryGetValue(id, out var kept) && kept.Generation == generation)
        {
            return kept.User;
        }
        var user = scope is null ? await users.FindAsync(id, ct) : await users.FindAsync(scope, id, ct);
        var json = user is null ? null : UserJson(user);
        _users[id] = (generation, json);
        return json;
    }

    /// <summary>
    /// Runs what comes before the write over <paramref name="values"/> (the stored values being written,
    /// completed in place with what hooks, scores and formulas set). Validation messages go to
    /// <paramref name="errors"/>; the scores to keep are returned.
    /// </summary>
    public Result<IReadOnlyList<RecordScore>> BeforeWrite(ScriptPlan plan, Dictionary<string, object?> values, IDictionary<string, object?>? existing,
        long? ownerId, ValidationErrors errors, DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        var related = Related(plan, connection, transaction, ct);
        var previous = existing is null ? null : ScriptRecord.From(plan.Entity, new Dictionary<string, object?>(), existing, null);
        foreach (var hook in plan.Rules.BeforeSave)
        {
            var record = ScriptRecord.From(plan.Entity, values, existing, ownerId);
            var run = Run(hook.Slug, hook.Script, Input(plan, record, previous, related) with { ReturnsRecord = true }, ct);
            if ((run.Error ?? Apply(plan.Entity, record, run.Record!, values)) is { } error)
            {
                return Fail(hook.Slug, ScriptKinds.BeforeSave, error);
            }
        }
        var scores = new List<RecordScore>();
        foreach (var rule in plan.Rules.Score)
        {
            var run = Run(rule.Slug, rule.Script, Input(plan, ScriptRecord.From(plan.Entity, values, existing, ownerId), previous, related), ct);
            var (score, error) = run.Error is null ? ScriptResults.Score(rule, run.Result, clock.GetUtcNow()) : (null, run.Error);
            if (error is null && score is not null)
            {
                error = Keep(plan.Entity, rule, score, values);
            }
            if (error is not null)
            {
                return Fail(rule.Slug, ScriptKinds.Score, error);
            }
            scores.Add(score!);
        }
        if (ComputeFormulas(plan, values, existing, ownerId, previous, related, ct) is { } broken)
        {
            return broken;
        }
        foreach (var rule in plan.Rules.Validation)
        {
            var run = Run(rule.Slug, rule.Script, Input(plan, ScriptRecord.From(plan.Entity, values, existing, ownerId), previous, related), ct);
            var (message, error) = run.Error is null ? ScriptResults.Validation(rule, run.Result) : (null, run.Error);
            if (error is not null)
            {
                return Fail(rule.Slug, ScriptKinds.Validation, error);
            }
            if (message is not null)
            {
                errors.Add(rule.Field ?? "record", message);
            }
        }
        return scores;
    }

    /// <summary>Computes every formula of the record into <paramref name="values"/>; the failure names the formula.</summary>
    public Failure? ComputeFormulas(ScriptPlan plan, Dictionary<string, object?> values, IDictionary<string, object?>? existing, long? ownerId,
        IReadOnlyDictionary<string, object?>? previous, IScriptRelated related, CancellationToken ct)
    {
        foreach (var formula in plan.Formulas)
        {
            var run = Run(formula.Slug, formula.Formula!, Input(plan, ScriptRecord.From(plan.Entity, values, existing, ownerId), previous, related), ct);
            if (run.Error is { } error)
            {
                return Fail(formula.Slug, ScriptKinds.Formula, error);
            }
            var stored = run.Result is null ? ParsedValue.Empty : FormulaFieldType.Store(formula, JsonSerializer.SerializeToElement(run.Result), local.Zone);
            if (!stored.Ok)
            {
                return Fail(formula.Slug, ScriptKinds.Formula, ScriptResults.Wrong(Texts.Get("formula.value", formula.ResultType, stored.Error)));
            }
            values[formula.Slug] = stored.Stored;
        }
        return null;
    }

    /// <summary>After the row is written: keeps the scores and runs the after-save hooks, raising what they emit.</summary>
    public async Task<Failure?> AfterWriteAsync(WriteScope scope, ScriptPlan plan, long id, IReadOnlyList<RecordScore> scores,
        IReadOnlyDictionary<string, object?> record, IDictionary<string, object?>? existing, long userId, CancellationToken ct)
    {
        await ruleStore.SaveScoresAsync(scope, plan.Entity.Slug, id, scores, ct);
        if (plan.Rules.AfterSave.Count == 0)
        {
            return null;
        }
        var related = Related(plan, scope.Connection, scope.Transaction, ct);
        var previous = existing is null ? null : ScriptRecord.From(plan.Entity, new Dictionary<string, object?>(), existing, null);
        foreach (var hook in plan.Rules.AfterSave)
        {
            var run = Run(hook.Slug, hook.Script, Input(plan, record, previous, related) with { CanEmit = true }, ct);
            if (run.Error is { } error)
            {
                return Fail(hook.Slug, ScriptKinds.AfterSave, error);
            }
            foreach (var signal in run.Emitted ?? [])
            {
                await events.RaiseAsync(scope, new RecordEvent(RecordEventKinds.Emitted, plan.Entity.Slug, id, clock.GetUtcNow(), userId, record, null,
                    Signal: signal), ct);
            }
        }
        return null;
    }

    public async Task<IReadOnlyList<RecordScore>> ScoresAsync(EntityDefinition entity, long id, CancellationToken ct)
    {
        var labels = (await rules.ForAsync(entity, ct)).All.ToDictionary(r => r.Slug, r => r.Label);
        var scores = await database.ReadAsync(c => ruleStore.ScoresAsync(c, entity.Slug, id, ct), ct);
        return [.. scores.Select(s => s with { Label = labels.GetValueOrDefault(s.Rule) })];
    }

    public IScriptRelated Related(ScriptPlan plan, DbConnection connection, DbTransaction? transaction, CancellationToken ct) =>
        Related(plan.Entities, connection, transaction, ct);

    /// <summary><c>related()</c> over <paramref name="entities"/>, for scripts that run outside a record write (a workflow step).</summary>
    public IScriptRelated Related(IReadOnlyList<EntityDefinition> entities, DbConnection connection, DbTransaction? transaction, CancellationToken ct) =>
        new RecordRelated(entities, store, database.Dialect, local, connection, transaction, ct);

    public static ScriptInput Input(ScriptPlan plan, IReadOnlyDictionary<string, object?> record, IReadOnlyDictionary<string, object?>? previous,
        IScriptRelated? related) =>
        new() { Record = record, Previous = previous, User = plan.User, Calendar = plan.Calendar, Related = related };

    public ScriptRun Run(string name, string script, ScriptInput input, CancellationToken ct) => sandbox.Run(name, script, input, ct);

    public ScriptFailure Fail(string script, string scriptKind, ScriptError error)
    {
        logger.LogWarning("Script {Script} ({ScriptKind}) refused a write: {Kind} at {Line}:{Column}: {Message}",
            script, scriptKind, error.Kind, error.Line, error.Column, error.Message);
        return new ScriptFailure(script, scriptKind, error.Kind, error.Message, error.Line, error.Column,
            Texts.Get("script.failed", script, scriptKind, error.Message, error.Line, error.Column));
    }

    /// <summary>Takes the fields a before-save hook changed into <paramref name="values"/>; system and computed fields are ignored.</summary>
    private static ScriptError? Apply(EntityDefinition entity, Dictionary<string, object?> before, JsonObject after, Dictionary<string, object?> values)
    {
        foreach (var (key, node) in after)
        {
            if (SystemFields.IsSystem(key))
            {
                continue;
            }
            if (entity.Field(key) is not { } field)
            {
                return ScriptResults.Wrong(Texts.Get("rule.hookUnknown", key));
            }
            var type = FieldTypes.Of(field);
            if (type.Computed || JsonNode.DeepEquals(JsonSerializer.SerializeToNode(before.GetValueOrDefault(key)), node))
            {
                continue;
            }
            var parsed = type.Parse(JsonSerializer.SerializeToElement(node), field, lenient: true);
            if (!parsed.Ok)
            {
                return ScriptResults.Wrong(Texts.Get("rule.hookField", key, parsed.Error));
            }
            values[key] = parsed.Stored;
        }
        return null;
    }

    /// <summary>Writes a score (and its grade) into the fields the rule names.</summary>
    private static ScriptError? Keep(EntityDefinition entity, EntityRule rule, RecordScore score, Dictionary<string, object?> values)
    {
        foreach (var (slug, value) in new[] { (rule.Field, (object?)score.Score), (rule.GradeField, score.Grade) })
        {
            if (slug is null || entity.Field(slug) is not { } field)
            {
                continue;
            }
            var json = value is double d ? JsonSerializer.SerializeToElement(Math.Round(d, field.Precision ?? (field.Type is FieldTypeNames.Currency or FieldTypeNames.Percent ? 2 : 0)))
                : JsonSerializer.SerializeToElement(value);
            var parsed = FieldTypes.Of(field).Parse(json, field, lenient: true);
            if (!parsed.Ok)
            {
                return ScriptResults.Wrong(Texts.Get("rule.hookField", slug, parsed.Error));
            }
            values[slug] = parsed.Stored;
        }
        return null;
    }

    private static Dictionary<string, object?> UserJson(User user) => new(StringComparer.Ordinal)
    {
        ["id"] = user.Id, ["name"] = user.Name, ["email"] = user.Email, ["role"] = user.Role, ["team"] = user.Team,
        ["region"] = user.Region, ["industries"] = user.Industries, ["seniority"] = user.Seniority,
    };
}
