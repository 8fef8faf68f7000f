using System.Text.Json.Nodes;

namespace Platform.Engine.Entities;

/// <summary>
/// Checks a rollup's filter against the related entity. Filters are compiled by the records layer, which
/// this folder cannot see; it answers here so a bad filter is refused when the rollup is saved.
/// </summary>
public interface IRollupFilter
{
    /// <summary>What is wrong with <paramref name="where"/> on <paramref name="child"/>, or null when it compiles.</summary>
    string? Check(EntityDefinition child, JsonObject where);
}
