using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Identity;
using Platform.Engine.Records;
using Platform.Engine.Storage;

namespace Platform.Engine.Workflows.Assignment;

/// <summary>
/// Chooses a record's owner by a strategy and sets it, keeping the reason with the record.
/// <para>
/// Everything is read and written inside the caller's write: users, open-record counts and the round-robin
/// cursor are read as that write sees them, and the one writer runs writes one after another, so concurrent
/// assignments take turns fairly and never push anyone over capacity. A deactivation that commits before an
/// assignment is always seen by it.
/// </para>
/// </summary>
public sealed class OwnerAssignmentService(
    EntityCatalog entities, RecordStore records, RecordService recordService, UserStore users, AssignmentStore store, TimeProvider clock)
{
    public async Task<Result<AssignmentDecision>> AssignInScopeAsync(WriteScope scope, AssignmentRequest request, CancellationToken ct)
    {
        if (await entities.FindAsync(request.Entity, ct) is not { } entity)
        {
            return new NotFoundFailure(Texts.Get("entity.notFound", request.Entity));
        }
        if (await records.FindAsync(scope, entity, request.RecordId, ct) is not { } row)
        {
            return new NotFoundFailure(Texts.Get("record.notFound", request.RecordId));
        }
        if (row["deleted_at"] is not null)
        {
            return new ConflictFailure(Texts.Get("record.deleted"));
        }
        var all = await users.ListAsync(scope, ct);
        var errors = Check(request, entity);
        var candidates = CandidatesOf(all, request.Candidates, errors);
        var defaultOwner = request.DefaultOwnerId is { } defaultId ? all.FirstOrDefault(u => u.Id == defaultId) : null;
        if (request.DefaultOwnerId is not null && defaultOwner is null)
        {
            errors.Add("defaultOwnerId", Texts.Get("user.notFound", request.DefaultOwnerId));
        }
        if (errors.Any)
        {
            return errors.ToFailure();
        }
        var rules = request.Rules is null ? RuleMatch.None : RuleMatch.Resolve(request.Rules, RecordJson.From(entity, row));
        // Round robin reads the open-record counts only to keep people under a capacity. Counting is the costliest
        // read of an assignment and grows with the records each candidate owns, so it is skipped when no capacity applies.
        var counted = request.Strategy != AssignmentStrategies.RoundRobin || (request.RespectCapacity && candidates.Any(u => u.Capacity is not null));
        var open = counted
            ? await store.OpenCountsAsync(scope, entity, [.. candidates.Select(u => u.Id)], request.RecordId, ct)
            : new Dictionary<long, int>();
        var pool = CandidatePool.Build(candidates, open, request.RespectCapacity, rules.Fits);
        var cursorKey = request.CursorKey ?? DefaultCursorKey(request);
        var choice = request.Strategy switch
        {
            AssignmentStrategies.RoundRobin => pool.RoundRobin(await store.LastTurnAsync(scope, entity.Slug, cursorKey, ct)),
            AssignmentStrategies.LeastOpen => pool.LeastOpen(),
            _ => rules.Choose(pool),
        };
        return await ApplyAsync(scope, entity, request, pool, choice, defaultOwner, cursorKey, ct);
    }

    /// <summary>Sets the owner, takes the round-robin turn and keeps the reason.</summary>
    private async Task<Result<AssignmentDecision>> ApplyAsync(WriteScope scope, EntityDefinition entity, AssignmentRequest request, CandidatePool pool,
        OwnerChoice? choice, User? defaultOwner, string cursorKey, CancellationToken ct)
    {
        var (owner, reason) = choice is null ? Fallback(pool, defaultOwner) : (choice.User, choice.Reason);
        // The owner is set first: if the record refuses the change, nothing else of this assignment was written.
        if (owner is not null)
        {
            var body = JsonSerializer.SerializeToElement(new Dictionary<string, long> { [SystemFields.OwnerId] = owner.Id });
            var updated = await recordService.UpdateInScopeAsync(scope, entity, request.RecordId, body, null, request.Actor, ct);
            if (!updated.IsSuccess)
            {
                return updated.Failure;
            }
        }
        var now = clock.GetUtcNow();
        if (choice is not null && request.Strategy == AssignmentStrategies.RoundRobin)
        {
            await store.SaveTurnAsync(scope, entity.Slug, cursorKey, choice.User.Id, now, ct);
        }
        var reasons = reason.InEveryLanguage();
        var byDefault = choice is null && owner is not null;
        await store.InsertAsync(scope, new AssignmentEntry
        {
            Entity = entity.Slug, RecordId = request.RecordId, UserId = owner?.Id, Strategy = request.Strategy, ByDefault = byDefault, Reason = reasons,
            Candidates = pool.Considered, At = now, ByUserId = request.Actor.UserId == 0 ? null : request.Actor.UserId,
            WorkflowInstanceId = request.WorkflowInstanceId,
        }, ct);
        return new AssignmentDecision
        {
            UserId = owner?.Id, Strategy = request.Strategy, ByDefault = byDefault, Reason = reasons[Languages.Current], Reasons = reasons,
            Candidates = pool.Considered,
        };
    }

    /// <summary>One turn order per strategy and candidate set, so two workflows sharing a team share its turns.</summary>
    public static string DefaultCursorKey(AssignmentRequest request)
    {
        var candidates = request.Candidates is null or { IsEveryone: true }
            ? "everyone"
            : $"users:{string.Join(',', request.Candidates.Users.Distinct().Order())}|team:{request.Candidates.Team?.Trim()}";
        return $"{request.Strategy}|{candidates}";
    }

    private static ValidationErrors Check(AssignmentRequest request, EntityDefinition entity)
    {
        var errors = new ValidationErrors();
        if (!AssignmentStrategies.All.Contains(request.Strategy))
        {
            errors.Add("strategy", Texts.Get("assignment.strategy"));
        }
        if (request.Rules is not { } rules)
        {
            return errors;
        }
        if (request.Strategy != AssignmentStrategies.RuleMatch)
        {
            errors.Add("rules", Texts.Get("assignment.rules.strategy"));
        }
        foreach (var (key, field) in new[] { ("rules.regionField", rules.RegionField), ("rules.industryField", rules.IndustryField) })
        {
            if (field is not null && entity.Field(field) is null)
            {
                errors.Add(key, Texts.Get("assignment.rules.field", field));
            }
        }
        if (rules.MinSeniority < 0)
        {
            errors.Add("rules.minSeniority", Texts.Get("assignment.rules.minSeniority"));
        }
        return errors;
    }

    private static IReadOnlyList<User> CandidatesOf(IReadOnlyList<User> all, AssignmentCandidates? wanted, ValidationErrors errors)
    {
        if (wanted is null || wanted.IsEveryone)
        {
            return all;
        }
        foreach (var missing in wanted.Users.Where(id => all.All(u => u.Id != id)))
        {
            errors.Add("candidates.users", Texts.Get("user.notFound", missing));
        }
        var team = wanted.Team?.Trim();
        return [.. all.Where(u => wanted.Users.Contains(u.Id)
            || (!string.IsNullOrEmpty(team) && string.Equals(u.Team?.Trim(), team, StringComparison.OrdinalIgnoreCase)))];
    }

    /// <summary>Nobody was available: the default owner takes the record, unless there is none or they are inactive.</summary>
    private static (User? Owner, AssignmentReason Reason) Fallback(CandidatePool pool, User? defaultOwner) => defaultOwner switch
    {
        null => (null, new AssignmentReason("assignment.none", pool.Summary())),
        { Active: false } => (null, new AssignmentReason("assignment.defaultInactive", pool.Summary(), defaultOwner.Name)),
        _ => (defaultOwner, new AssignmentReason("assignment.default", pool.Summary(), defaultOwner.Name)),
    };
}
