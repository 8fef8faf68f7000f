namespace Platform.Engine.Storage;

/// <summary>
/// What the writes sharing one transaction share: state registered under a key by the first write that
/// needs it, and the work that turns that state into SQL just before the commit.
/// </summary>
internal sealed class WriteBatch
{
    private readonly Dictionary<string, object> _state = new(StringComparer.Ordinal);
    private readonly List<Func<Task>> _beforeCommit = [];

    public T Shared<T>(string key, Func<T> create, Func<T, Task> beforeCommit) where T : class
    {
        if (_state.TryGetValue(key, out var existing))
        {
            return (T)existing;
        }
        var created = create();
        _state[key] = created;
        _beforeCommit.Add(() => beforeCommit(created));
        return created;
    }

    public async Task FlushAsync()
    {
        foreach (var flush in _beforeCommit)
        {
            await flush();
        }
    }
}
