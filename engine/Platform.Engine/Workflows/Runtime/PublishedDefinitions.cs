using System.Collections.Concurrent;
using Platform.Engine.Storage;

namespace Platform.Engine.Workflows.Runtime;

/// <summary>
/// Parsed versions by version id. Only versions that were published are read here, and a published version
/// never changes (editing it makes a new draft), so a parsed copy stays valid for as long as the process runs.
/// </summary>
public sealed class PublishedDefinitions(WorkflowDefinitionStore store)
{
    private const int MaxCached = 2_000;
    private readonly ConcurrentDictionary<string, (WorkflowVersion Version, WorkflowDefinition Definition)> _parsed = new(StringComparer.Ordinal);

    public async Task<(WorkflowVersion Version, WorkflowDefinition Definition)?> GetAsync(WriteScope scope, string versionId, CancellationToken ct)
    {
        if (_parsed.TryGetValue(versionId, out var cached))
        {
            return cached;
        }
        if (await store.FindVersionAsync(scope, versionId, ct) is not { } version)
        {
            return null;
        }
        var entry = (version, WorkflowParser.Parse(version.Json));
        if (_parsed.Count < MaxCached)
        {
            _parsed[versionId] = entry;
        }
        return entry;
    }
}
