namespace Platform.Engine.Records.Transfers;

/// <summary>
/// What a dry run must remember between batches. Each batch of a dry run is written and rolled back, so a
/// later batch cannot find the records an earlier one would have created; the real run would. This
/// keeps their match keys and unique values (not the rows), so the later rows are judged the same way.
/// </summary>
internal sealed class DryRunMemory
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _uniques = new(StringComparer.Ordinal);
    private readonly List<string> _pendingKeys = [];
    private readonly List<string> _pendingUniques = [];

    /// <summary>Whether an earlier batch wrote a record with this match key.</summary>
    public bool HasKey(string key) => _keys.Contains(key);

    /// <summary>Whether an earlier batch wrote this value into this unique field.</summary>
    public bool HasUnique(string field, string value) => _uniques.Contains(field + "\u001F" + value);

    /// <summary>Notes what a row of the current batch wrote; it counts from the next batch on.</summary>
    public void Remember(string? key, IEnumerable<(string Field, string Value)> uniques)
    {
        if (key is not null)
        {
            _pendingKeys.Add(key);
        }
        _pendingUniques.AddRange(uniques.Select(u => u.Field + "\u001F" + u.Value));
    }

    public void EndBatch()
    {
        _keys.UnionWith(_pendingKeys);
        _uniques.UnionWith(_pendingUniques);
        _pendingKeys.Clear();
        _pendingUniques.Clear();
    }
}
