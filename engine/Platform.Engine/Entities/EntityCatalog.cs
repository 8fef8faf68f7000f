using System.Collections.Immutable;

namespace Platform.Engine.Entities;

/// <summary>
/// The entity definitions, cached: every record request needs its entity's fields, and definitions change
/// rarely. Writers drop the cache after their transaction commits.
/// </summary>
public sealed class EntityCatalog(EntityStore store)
{
    private ImmutableDictionary<string, EntityDefinition>? _entities;
    private readonly SemaphoreSlim _loading = new(1, 1);

    public async Task<EntityDefinition?> FindAsync(string slug, CancellationToken ct) =>
        (await LoadAsync(ct)).GetValueOrDefault(slug);

    public async Task<IReadOnlyList<EntityDefinition>> AllAsync(CancellationToken ct) =>
        [.. (await LoadAsync(ct)).Values.OrderBy(e => e.CreatedAt).ThenBy(e => e.Slug, StringComparer.Ordinal)];

    public void Invalidate() => _entities = null;

    private async Task<ImmutableDictionary<string, EntityDefinition>> LoadAsync(CancellationToken ct)
    {
        if (_entities is { } cached)
        {
            return cached;
        }
        await _loading.WaitAsync(ct);
        try
        {
            return _entities ??= (await store.ListAsync(ct)).ToImmutableDictionary(e => e.Slug, StringComparer.Ordinal);
        }
        finally
        {
            _loading.Release();
        }
    }
}
