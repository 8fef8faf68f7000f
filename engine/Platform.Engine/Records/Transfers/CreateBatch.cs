using Platform.Engine.Common;
using Platform.Engine.Entities;
using Platform.Engine.Identity;
using Platform.Engine.Records.Rules;
using Platform.Engine.Storage;

namespace Platform.Engine.Records.Transfers;

/// <summary>
/// Records checked and waiting to be written together (see <see cref="CreateBatches"/>). Two waiting
/// records may not share a unique value, as two records of a bulk create may not.
/// </summary>
internal sealed class CreateBatch(CreateBatches creates, EntityDefinition entity, Actor actor, DateTimeOffset now)
{
    private readonly List<RecordInput> _waiting = [];
    private readonly List<IReadOnlyList<RecordScore>> _scores = [];
    private ScriptPlan? _plan;
    private bool _planned;
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<object>> _unique = new(StringComparer.Ordinal);

    /// <summary>Whether a waiting record has this match key.</summary>
    public bool HasKey(string key) => _keys.Contains(key);

    /// <summary>
    /// Finishes the checks of a record read by <see cref="CreateBatches.ReadAsync"/> and queues it; the
    /// reasons when it is refused (keyed by field), none when queued.
    /// </summary>
    public async Task<ValidationErrors> AddAsync(WriteScope scope, RecordInput input, string? key, CancellationToken ct)
    {
        if (!_planned)
        {
            _plan = await creates.PlanAsync(scope, entity, actor, ct);
            _planned = true;
        }
        var scores = await creates.CheckAsync(scope, entity, input, _plan, actor, ct);
        if (input.Errors.Any)
        {
            return input.Errors;
        }
        var taken = input.Values.Where(v => v.Value is not null && entity.Field(v.Key)!.Unique
            && _unique.TryGetValue(v.Key, out var values) && values.Contains(v.Value)).Select(v => v.Key).ToList();
        foreach (var slug in taken)
        {
            input.Errors.Add(slug, Texts.Get("value.unique"));
        }
        if (input.Errors.Any)
        {
            return input.Errors;
        }
        foreach (var (slug, value) in input.Values.Where(v => v.Value is not null && entity.Field(v.Key)!.Unique))
        {
            (_unique.TryGetValue(slug, out var values) ? values : _unique[slug] = []).Add(value!);
        }
        if (key is not null)
        {
            _keys.Add(key);
        }
        _waiting.Add(input);
        _scores.Add(scores);
        return input.Errors;
    }

    /// <summary>Writes the waiting records; afterwards the database holds them and the batch is empty.</summary>
    public async Task FlushAsync(WriteScope scope, CancellationToken ct)
    {
        if (_waiting.Count > 0)
        {
            await creates.WriteAsync(scope, entity, _waiting, _scores, _plan, actor, now, ct);
        }
        _waiting.Clear();
        _scores.Clear();
        _keys.Clear();
        _unique.Clear();
    }
}
