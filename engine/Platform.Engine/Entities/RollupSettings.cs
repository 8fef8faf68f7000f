using System.Text.Json.Nodes;

namespace Platform.Engine.Entities;

/// <summary>
/// "<see cref="Function"/> of <see cref="Field"/> over the records of <see cref="Entity"/> that link to this
/// record through <see cref="Via"/>, matching <see cref="Where"/>" — e.g. the number of meetings of a deal.
/// </summary>
public sealed record RollupSettings
{
    /// <summary>The related (child) entity.</summary>
    public string? Entity { get; init; }

    /// <summary>The relation field of <see cref="Entity"/> that points at the record holding the rollup.</summary>
    public string? Via { get; init; }

    /// <summary><c>count</c>, <c>sum</c>, <c>min</c> or <c>max</c>.</summary>
    public string? Function { get; init; }

    /// <summary>The child field aggregated; none for <c>count</c>. May be the system <c>createdAt</c> or <c>updatedAt</c>.</summary>
    public string? Field { get; init; }

    /// <summary>
    /// Which child records count: the records API's filter JSON, or the short form <c>{field: value}</c>
    /// for equalities (see <see cref="FilterShorthand"/>).
    /// </summary>
    public JsonObject? Where { get; init; }
}
