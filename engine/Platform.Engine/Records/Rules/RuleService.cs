using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Scripting;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Rules;

/// <summary>Lists, adds, replaces and removes an entity's rules; each is checked (names, bound fields, syntax) before it is saved.</summary>
public sealed class RuleService(Database database, EntityCatalog entities, RuleStore store, RuleCatalog catalog, TimeProvider clock)
{
    public const int MaxScriptLength = 20_000;

    public async Task<Result<IReadOnlyList<EntityRule>>> ListAsync(string entity, CancellationToken ct)
    {
        if (await entities.FindAsync(entity, ct) is null)
        {
            return new NotFoundFailure(Texts.Get("entity.notFound", entity));
        }
        return Result<IReadOnlyList<EntityRule>>.Ok(await database.ReadAsync(c => store.ListAsync(c, null, entity, ct), ct));
    }

    public async Task<Result<EntityRule>> GetAsync(string entity, string slug, CancellationToken ct)
    {
        var rules = await ListAsync(entity, ct);
        if (!rules.IsSuccess)
        {
            return rules.Failure;
        }
        return rules.Value.FirstOrDefault(r => r.Slug == slug) is { } rule ? rule : new NotFoundFailure(Texts.Get("rule.notFound", slug));
    }

    public Task<Result<EntityRule>> CreateAsync(string entitySlug, EntityRule input, CancellationToken ct) =>
        database.WriteAsync<EntityRule>(async scope =>
        {
            if (await entities.FindAsync(entitySlug, ct) is not { } entity)
            {
                return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
            }
            if (Check(entity, input) is { } invalid)
            {
                return invalid;
            }
            var existing = await store.ListAsync(scope.Connection, scope.Transaction, entity.Slug, ct);
            if (existing.Any(r => r.Slug == input.Slug))
            {
                return new ConflictFailure(Texts.Get("rule.exists", input.Slug));
            }
            var now = clock.GetUtcNow();
            var rule = input with { Position = await store.NextPositionAsync(scope, entity.Slug, ct), CreatedAt = now, UpdatedAt = now };
            await store.InsertAsync(scope, entity.Slug, rule, ct);
            scope.AfterCommit(catalog.Invalidate);
            return rule;
        }, ct);

    /// <summary>Replaces a rule; its slug may change, its position and creation time stay.</summary>
    public Task<Result<EntityRule>> ReplaceAsync(string entitySlug, string slug, EntityRule input, CancellationToken ct) =>
        database.WriteAsync<EntityRule>(async scope =>
        {
            if (await entities.FindAsync(entitySlug, ct) is not { } entity)
            {
                return new NotFoundFailure(Texts.Get("entity.notFound", entitySlug));
            }
            var existing = await store.ListAsync(scope.Connection, scope.Transaction, entity.Slug, ct);
            if (existing.FirstOrDefault(r => r.Slug == slug) is not { } current)
            {
                return new NotFoundFailure(Texts.Get("rule.notFound", slug));
            }
            if (Check(entity, input) is { } invalid)
            {
                return invalid;
            }
            if (input.Slug != slug && existing.Any(r => r.Slug == input.Slug))
            {
                return new ConflictFailure(Texts.Get("rule.exists", input.Slug));
            }
            var rule = input with { Position = current.Position, CreatedAt = current.CreatedAt, UpdatedAt = clock.GetUtcNow() };
            await store.UpdateAsync(scope, entity.Slug, slug, rule, ct);
            scope.AfterCommit(catalog.Invalidate);
            return rule;
        }, ct);

    public Task<Result<bool>> DeleteAsync(string entity, string slug, CancellationToken ct) =>
        database.WriteAsync<bool>(async scope =>
        {
            if (!await store.DeleteAsync(scope, entity, slug, ct))
            {
                return new NotFoundFailure(Texts.Get("rule.notFound", slug));
            }
            scope.AfterCommit(catalog.Invalidate);
            return true;
        }, ct);

    private static ValidationFailure? Check(EntityDefinition entity, EntityRule rule)
    {
        var errors = new ValidationErrors();
        DefinitionRules.CheckSlug(rule.Slug, "slug", errors);
        if (!ScriptKinds.Rules.Contains(rule.Kind))
        {
            errors.Add("kind", Texts.Get("rule.kind", string.Join(", ", ScriptKinds.Rules)));
        }
        CheckScript(rule.Script, "script", errors);
        if (rule.Field is not null)
        {
            CheckBinding(entity, rule.Kind, rule.Field, "field", errors);
        }
        if (rule.GradeField is not null)
        {
            CheckBinding(entity, rule.Kind, rule.GradeField, "gradeField", errors);
        }
        return errors.Any ? errors.ToFailure() : null;
    }

    /// <summary>A script must be present, bounded in size and valid JavaScript; the message names line and column.</summary>
    public static void CheckScript(string? script, string key, ValidationErrors errors)
    {
        if (CheckLength(script, key, errors) && ScriptSandbox.CheckSyntax(script!) is { } syntax)
        {
            errors.Add(key, Texts.Get("script.at", syntax.Line, syntax.Column, syntax.Message));
        }
    }

    /// <summary>True when the script is present and not too long.</summary>
    public static bool CheckLength(string? script, string key, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(script))
        {
            errors.Add(key, Texts.Get("script.required"));
            return false;
        }
        if (script.Length > MaxScriptLength)
        {
            errors.Add(key, Texts.Get("script.tooLong", MaxScriptLength));
            return false;
        }
        return true;
    }

    private static void CheckBinding(EntityDefinition entity, string kind, string slug, string key, ValidationErrors errors)
    {
        if (entity.Field(slug) is not { } field)
        {
            errors.Add(key, Texts.Get("rule.field", slug));
            return;
        }
        var fits = (kind, key) switch
        {
            (ScriptKinds.Validation, "field") => true,
            (ScriptKinds.Score, "field") => field.Type is FieldTypeNames.Number or FieldTypeNames.Currency or FieldTypeNames.Percent or FieldTypeNames.Rating,
            (ScriptKinds.Score, "gradeField") => field.Type is FieldTypeNames.Text or FieldTypeNames.Select,
            _ => false,
        };
        if (!fits)
        {
            errors.Add(key, Texts.Get(key == "gradeField" ? "rule.gradeFieldType" : kind == ScriptKinds.Score ? "rule.scoreFieldType" : "rule.fieldUnused"));
        }
    }
}
