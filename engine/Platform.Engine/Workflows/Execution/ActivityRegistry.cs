using System.Collections.Frozen;

namespace Platform.Engine.Workflows.Execution;

/// <summary>The activity handlers registered in DI, found by activity type (e.g. <c>Elsa.WriteLine</c>).</summary>
public sealed class ActivityRegistry
{
    private readonly FrozenDictionary<string, IActivityHandler> _handlers;

    public ActivityRegistry(IEnumerable<IActivityHandler> handlers)
    {
        var byType = new Dictionary<string, IActivityHandler>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            // The last registration wins, so a host can replace a built-in handler.
            byType[handler.Type] = handler;
        }
        _handlers = byType.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IActivityHandler? Find(string type) => _handlers.GetValueOrDefault(type);

    /// <summary>The handler of <paramref name="type"/> when it can start workflows (Event, Cron, record triggers…).</summary>
    public ITriggerActivity? FindTrigger(string type) => Find(type) as ITriggerActivity;

    public IEnumerable<IActivityHandler> All => _handlers.Values;
}
