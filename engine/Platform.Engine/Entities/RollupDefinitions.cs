using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Entities;

/// <summary>
/// Rollup fields as definitions: their settings checked against the related entity (and their result type
/// derived from it) when saved, and the fields and entities they read protected from changes that would
/// break them.
/// </summary>
public sealed class RollupDefinitions(EntityStore store, IRollupFilter filter)
{
    private static readonly string[] Summable = [FieldTypeNames.Number, FieldTypeNames.Currency, FieldTypeNames.Percent];

    private static readonly string[] Ordered = [.. Summable, FieldTypeNames.Date, FieldTypeNames.DateTime];

    /// <summary>System fields a minimum or maximum may take: when related records were created or last changed.</summary>
    private static readonly string[] Timestamps = ["createdAt", "updatedAt"];

    /// <summary>
    /// The rollup <paramref name="field"/> of <paramref name="parent"/> with its result type, or null with
    /// errors keyed <c>{prefix}rollup.…</c>.
    /// </summary>
    public async Task<FieldDefinition?> ResolveAsync(WriteScope scope, EntityDefinition parent, FieldDefinition field, string prefix,
        ValidationErrors errors, CancellationToken ct)
    {
        var slug = field.Rollup!.Entity!;
        var child = slug == parent.Slug ? parent : await store.FindAsync(scope, slug, ct);
        var valid = true;
        var resolved = Resolve(parent.Slug, field, child, (key, message) =>
        {
            errors.Add(prefix + key, message);
            valid = false;
        });
        return valid ? resolved : null;
    }

    /// <summary>
    /// Refuses a change to <paramref name="child"/>, given as it will be saved (a field changed, or
    /// <paramref name="deleted"/> removed), that a rollup reading it could not survive. The child's own
    /// rollups over itself are checked as they will be saved too.
    /// </summary>
    public async Task<Failure?> CheckReadersAsync(WriteScope scope, EntityDefinition child, string? deleted, CancellationToken ct)
    {
        foreach (var parent in await store.ListAsync(scope, ct))
        {
            var current = parent.Slug == child.Slug ? child : parent;
            foreach (var rollup in current.Fields.Where(f => f.Rollup?.Entity == child.Slug))
            {
                var broken = deleted is not null && Reads(rollup.Rollup!, deleted);
                var resolved = broken ? null : Resolve(current.Slug, rollup, child, (_, _) => broken = true);
                if (broken || resolved!.ResultType != rollup.ResultType || resolved.Precision != rollup.Precision)
                {
                    return new ConflictFailure(Texts.Get("rollup.usedBy", Label(rollup), Label(current)));
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The entity being saved with its field <paramref name="from"/> called <paramref name="to"/> in its own
    /// rollups over itself; rollups of other entities reading the field are renamed and saved here.
    /// </summary>
    public async Task<EntityDefinition> FollowRenameAsync(WriteScope scope, EntityDefinition entity, string from, string to, CancellationToken ct)
    {
        foreach (var other in await store.ListAsync(scope, ct))
        {
            if (other.Slug != entity.Slug && other.Fields.Any(f => f.Rollup?.Entity == entity.Slug && Reads(f.Rollup, from)))
            {
                await store.UpdateAsync(scope, other.Slug, RenameField(other, entity.Slug, from, to), ct);
            }
        }
        return RenameField(entity, entity.Slug, from, to);
    }

    /// <summary>Why <paramref name="entity"/> cannot be deleted while a rollup of another entity reads it, if one does.</summary>
    public static string? ReaderOf(IEnumerable<EntityDefinition> all, string entity) =>
        all.Where(e => e.Slug != entity).SelectMany(e => e.Fields.Where(f => f.Rollup?.Entity == entity).Select(f => Texts.Get("rollup.reader", Label(f), Label(e))))
            .FirstOrDefault();

    /// <summary>The definition with its rollups over <paramref name="child"/> reading field <paramref name="to"/> where they read <paramref name="from"/>.</summary>
    public static EntityDefinition RenameField(EntityDefinition parent, string child, string from, string to) => parent with
    {
        Fields = [.. parent.Fields.Select(f => f.Rollup is { } r && r.Entity == child
            ? f with
            {
                Rollup = r with
                {
                    Via = r.Via == from ? to : r.Via,
                    Field = r.Field == from ? to : r.Field,
                    Where = r.Where is null ? null : FilterShorthand.Rename(r.Where, from, to),
                },
            }
            : f)],
    };

    /// <summary>The definition with its rollups over entity <paramref name="from"/> reading <paramref name="to"/> instead.</summary>
    public static EntityDefinition RenameEntity(EntityDefinition parent, string from, string to) => parent with
    {
        Fields = [.. parent.Fields.Select(f => f.Rollup is { } r && r.Entity == from ? f with { Rollup = r with { Entity = to } } : f)],
    };

    /// <summary>
    /// The field without rollup settings unless it is a rollup: a field changed from a rollup to another type
    /// keeps no settings that would make it look like one.
    /// </summary>
    public static FieldDefinition WithoutStraySettings(FieldDefinition field) =>
        field.Type == FieldTypeNames.Rollup || field.Rollup is null ? field : field with { Rollup = null };

    public static bool Reads(RollupSettings rollup, string field) =>
        rollup.Via == field || rollup.Field == field || (rollup.Where is { } where && FilterShorthand.Fields(where).Contains(field));

    private FieldDefinition? Resolve(string parent, FieldDefinition field, EntityDefinition? child, Action<string, string> error)
    {
        var rollup = field.Rollup!;
        if (child is null)
        {
            error("rollup.entity", Texts.Get("entity.notFound", rollup.Entity));
            return null;
        }
        if (child.Field(rollup.Via!) is not { Type: FieldTypeNames.Relation } via || via.Relation?.Entity != parent)
        {
            error("rollup.via", Texts.Get("rollup.viaInvalid", rollup.Via, child.Slug));
        }
        var resolved = rollup.Function == RollupFunctions.Count
            ? field with { ResultType = FieldTypeNames.Number, Precision = 0, Currency = null }
            : Aggregated(field, child, error);
        if (rollup.Where is { } where)
        {
            CheckWhere(child, where, error);
        }
        return resolved;
    }

    private static FieldDefinition? Aggregated(FieldDefinition field, EntityDefinition child, Action<string, string> error)
    {
        var rollup = field.Rollup!;
        var allowed = rollup.Function == RollupFunctions.Sum ? Summable : Ordered;
        var source = Timestamps.Contains(rollup.Field) ? new FieldDefinition { Slug = rollup.Field!, Type = FieldTypeNames.DateTime } : child.Field(rollup.Field!);
        if (source is null)
        {
            error("rollup.field", Texts.Get("field.notFound", rollup.Field));
            return null;
        }
        if (!allowed.Contains(source.Type))
        {
            error("rollup.field", Texts.Get("rollup.fieldType", rollup.Function, string.Join(", ", allowed)));
            return null;
        }
        var precision = FieldTypes.Of(source) is NumberFieldType number ? number.PrecisionOf(source) : (int?)null;
        return rollup.Function == RollupFunctions.Sum
            ? field with { ResultType = FieldTypeNames.Number, Precision = precision, Currency = null }
            : field with { ResultType = source.Type, Precision = precision, Currency = source.Currency };
    }

    private void CheckWhere(EntityDefinition child, System.Text.Json.Nodes.JsonObject where, Action<string, string> error)
    {
        if (FilterShorthand.Fields(where).Select(child.Field).FirstOrDefault(f => f is not null && FieldTypes.Of(f).Computed && f.Type != FieldTypeNames.AutoNumber) is { } computed)
        {
            error("rollup.where", Texts.Get("rollup.whereComputed", computed.Slug));
        }
        else if (FilterShorthand.UsesRelativeDates(where))
        {
            error("rollup.where", Texts.Get("rollup.whereRelative"));
        }
        else if (filter.Check(child, where) is { } problem)
        {
            error("rollup.where", problem);
        }
    }

    private static string Label(FieldDefinition field) => Languages.Pick(field.Label, Languages.Current) ?? field.Slug;

    private static string Label(EntityDefinition entity) => Languages.Pick(entity.Label, Languages.Current) ?? entity.Slug;
}
