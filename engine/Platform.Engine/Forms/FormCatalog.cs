using System.Collections.Concurrent;
using Platform.Engine.Entities;

namespace Platform.Engine.Forms;

/// <summary>
/// Compiled forms, kept so that checking a record costs no parsing: per entity the form every write is
/// checked with (its published default form, else one generated from all its fields), and each published
/// version that public submissions name. A compiled form is keyed by the entity's definition, so a field
/// change compiles anew.
/// </summary>
public sealed class FormCatalog(FormStore store)
{
    // Keyed by the definition itself, so a renamed, deleted or re-created entity never finds a stale entry.
    private readonly ConcurrentDictionary<EntityDefinition, (long FormId, int Version)?> _defaults = new();
    private readonly ConcurrentDictionary<(EntityDefinition Entity, long FormId, int Version), Lazy<Task<CompiledForm>>> _compiled = new();

    /// <summary>The form that checks every write of <paramref name="entity"/>.</summary>
    public async Task<CompiledForm> RecordFormAsync(EntityDefinition entity, CancellationToken ct)
    {
        if (!_defaults.TryGetValue(entity, out var current))
        {
            var row = await store.FindDefaultAsync(entity.Slug, ct);
            current = row is null ? null : (row.Id, (int)row.Version);
            _defaults[entity] = current;
        }
        return current is { } published
            ? await VersionAsync(entity, published.FormId, published.Version, ct) ?? await GeneratedAsync(entity)
            : await GeneratedAsync(entity);
    }

    /// <summary>A published version compiled, or null when there is no such version.</summary>
    public async Task<CompiledForm?> VersionAsync(EntityDefinition entity, long formId, int version, CancellationToken ct)
    {
        var key = (entity, formId, version);
        if (_compiled.TryGetValue(key, out var cached))
        {
            return await cached.Value;
        }
        var definition = await store.FindVersionAsync(formId, version, ct);
        if (definition is null)
        {
            return null;
        }
        return await _compiled.GetOrAdd(key, _ => new Lazy<Task<CompiledForm>>(() => FormCompiler.CompileAsync(entity, definition, version))).Value;
    }

    /// <summary>Forget what is known about an entity's forms (after a form is saved, published or deleted).</summary>
    public void Invalidate(string entity)
    {
        foreach (var key in _defaults.Keys.Where(k => k.Slug == entity))
        {
            _defaults.TryRemove(key, out _);
        }
        foreach (var key in _compiled.Keys.Where(k => k.Entity.Slug == entity))
        {
            _compiled.TryRemove(key, out _);
        }
    }

    private Task<CompiledForm> GeneratedAsync(EntityDefinition entity) =>
        _compiled.GetOrAdd((entity, 0, 0), _ => new Lazy<Task<CompiledForm>>(() =>
            FormCompiler.CompileAsync(entity, new FormDefinition { Slug = "", Layout = FormSchemaBuilder.DefaultLayout(entity) }, 0))).Value;
}
