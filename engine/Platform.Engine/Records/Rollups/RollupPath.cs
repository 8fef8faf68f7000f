using Platform.Engine.Entities;

namespace Platform.Engine.Records.Rollups;

/// <summary>A rollup <paramref name="Field"/> of <paramref name="Parent"/> over the records of <paramref name="Child"/>.</summary>
public sealed record RollupPath(EntityDefinition Parent, FieldDefinition Field, EntityDefinition Child)
{
    public RollupSettings Settings => Field.Rollup!;

    /// <summary>Every rollup over <paramref name="child"/>, from the definitions in <paramref name="all"/>.</summary>
    public static IEnumerable<RollupPath> Over(IReadOnlyList<EntityDefinition> all, EntityDefinition child) =>
        all.SelectMany(parent => parent.Fields.Where(f => f.Type == FieldTypeNames.Rollup && f.Rollup?.Entity == child.Slug).Select(f => new RollupPath(parent, f, child)));

    /// <summary>The rollups of <paramref name="parent"/>, each with the entity it reads (when it still exists).</summary>
    public static IEnumerable<RollupPath> Of(IReadOnlyList<EntityDefinition> all, EntityDefinition parent) =>
        parent.Fields.Where(f => f.Type == FieldTypeNames.Rollup && f.Rollup is not null)
            .Select(f => all.FirstOrDefault(e => e.Slug == f.Rollup!.Entity) is { } child ? new RollupPath(parent, f, child) : null)
            .OfType<RollupPath>();
}
