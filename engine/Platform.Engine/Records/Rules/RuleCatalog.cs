using System.Collections.Concurrent;
using Platform.Engine.Entities;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Rules;

/// <summary>
/// Every entity's rules, read once and kept until a rule changes: every record write asks for them, and
/// most entities have none. Sets are keyed by the entity's slug and creation time, so a renamed entity, or
/// one deleted and created again under the same slug, never meets rules cached for another.
/// </summary>
public sealed class RuleCatalog(Database database, RuleStore store)
{
    private readonly ConcurrentDictionary<string, RuleSet> _sets = new(StringComparer.Ordinal);

    public async ValueTask<RuleSet> ForAsync(EntityDefinition entity, CancellationToken ct)
    {
        var key = $"{entity.Slug}@{entity.CreatedAt.UtcTicks}";
        if (_sets.TryGetValue(key, out var set))
        {
            return set;
        }
        var rules = await database.ReadAsync(c => store.ListAsync(c, null, entity.Slug, ct), ct);
        set = rules.Count == 0 ? RuleSet.Empty : new RuleSet(rules);
        _sets[key] = set;
        return set;
    }

    public void Invalidate() => _sets.Clear();
}
