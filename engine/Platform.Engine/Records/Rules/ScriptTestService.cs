using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Identity;
using Platform.Engine.Scripting;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Rules;

/// <summary>
/// Runs a script as its kind would run on a write, without writing anything: the editor's test panel.
/// The result is checked as the write would check it, so a score that would be refused shows why.
/// </summary>
public sealed class ScriptTestService(Database database, EntityCatalog entities, RecordStore store, RecordScripts scripts, TimeProvider clock)
{
    private static readonly string[] Kinds = [.. ScriptKinds.All, "hook"];

    public async Task<Result<ScriptTestResult>> RunAsync(ScriptTest test, Actor actor, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        RuleService.CheckLength(test.Script, "script", errors);
        if (!Kinds.Contains(test.Kind))
        {
            errors.Add("kind", Texts.Get("script.testKind", string.Join(", ", Kinds)));
        }
        if (test.Record is { ValueKind: not JsonValueKind.Object and not JsonValueKind.Null })
        {
            errors.Add("record", Texts.Get("record.body"));
        }
        if (errors.Any)
        {
            return errors.ToFailure();
        }
        if (await entities.FindAsync(test.Entity ?? "", ct) is not { } entity)
        {
            return new NotFoundFailure(Texts.Get("entity.notFound", test.Entity));
        }
        var plan = await scripts.ContextAsync(entity, RuleSet.Empty, [], actor, ct);
        return await database.ReadAsync<Result<ScriptTestResult>>(async connection =>
        {
            var record = await RecordAsync(connection, entity, test, ct);
            if (record is null)
            {
                return new NotFoundFailure(Texts.Get("record.notFound", test.RecordId));
            }
            var kind = test.Kind == "hook" ? ScriptKinds.BeforeSave : test.Kind!;
            var input = RecordScripts.Input(plan, record, Values(test.Previous), scripts.Related(plan, connection, null, ct)) with
            {
                ReturnsRecord = kind == ScriptKinds.BeforeSave,
                CanEmit = kind == ScriptKinds.AfterSave,
            };
            var run = scripts.Run("test", test.Script!, input, ct);
            var error = run.Error ?? Check(kind, run);
            return new ScriptTestResult(error is null, run.Result, run.Logs, Math.Round(run.Duration.TotalMilliseconds, 3), error, run.Record, run.Emitted);
        }, ct);
    }

    private async Task<IReadOnlyDictionary<string, object?>?> RecordAsync(System.Data.Common.DbConnection connection, EntityDefinition entity,
        ScriptTest test, CancellationToken ct)
    {
        if (Values(test.Record) is { } given)
        {
            return given;
        }
        if (test.RecordId is not { } id)
        {
            return ScriptRecord.From(entity, new Dictionary<string, object?>(), null, null);
        }
        var row = await store.FindAsync(connection, null, entity, id, ct);
        return row is null ? null : ScriptRecord.From(entity, new Dictionary<string, object?>(), row, null);
    }

    private static Dictionary<string, object?>? Values(JsonElement? json) =>
        json is { ValueKind: JsonValueKind.Object } obj ? obj.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value, StringComparer.Ordinal) : null;

    /// <summary>The result as the write would read it: a validation verdict or a score must have its shape.</summary>
    private ScriptError? Check(string kind, ScriptRun run) => kind switch
    {
        ScriptKinds.Validation => ScriptResults.Validation(new EntityRule { Slug = "test" }, run.Result).Error,
        ScriptKinds.Score => ScriptResults.Score(new EntityRule { Slug = "test" }, run.Result, clock.GetUtcNow()).Error,
        _ => null,
    };
}
