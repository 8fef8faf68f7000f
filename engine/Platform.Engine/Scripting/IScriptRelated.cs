using System.Text.Json.Nodes;

namespace Platform.Engine.Scripting;

/// <summary>
/// What <c>related(entity, filter)</c> reads: other records, read-only, at most <paramref name="limit"/> rows.
/// Implemented where records live; it runs synchronously because a script cannot await.
/// </summary>
public interface IScriptRelated
{
    /// <summary>Records of <paramref name="entity"/> matching <paramref name="filter"/>; throws <see cref="ScriptHostException"/> for a bad request.</summary>
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Find(string entity, JsonObject? filter, int limit);
}
