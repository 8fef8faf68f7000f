using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Entities;

/// <summary>
/// A count, sum, minimum or maximum over related records, kept in a real column of its result type (so it
/// filters and sorts like any field) and updated by the engine whenever a related record changes. The
/// result type comes from the aggregated field and is set by <see cref="RollupDefinitions"/> when the field
/// is saved: a count is a whole number, a sum a number, a minimum or maximum the aggregated field's type.
/// </summary>
public sealed class RollupFieldType : FieldType
{
    /// <summary>The types a rollup's result can take.</summary>
    private static readonly string[] ResultTypes =
        [FieldTypeNames.Number, FieldTypeNames.Currency, FieldTypeNames.Percent, FieldTypeNames.Date, FieldTypeNames.DateTime];

    public override string Name => FieldTypeNames.Rollup;

    public override bool Computed => true;

    public override ColumnType Column(FieldDefinition field) => Inner(field, out var stored).Column(stored);

    /// <summary>Checks what needs no other entity; the related entity and its fields are checked by <see cref="RollupDefinitions"/>.</summary>
    public override void ValidateSettings(FieldDefinition field, Action<string, string> error)
    {
        if (field.Rollup is not { } rollup)
        {
            error("rollup", Texts.Get("rollup.required"));
            return;
        }
        if (string.IsNullOrWhiteSpace(rollup.Entity))
        {
            error("rollup.entity", Texts.Get("rollup.entity"));
        }
        if (string.IsNullOrWhiteSpace(rollup.Via))
        {
            error("rollup.via", Texts.Get("rollup.via"));
        }
        if (!RollupFunctions.All.Contains(rollup.Function))
        {
            error("rollup.function", Texts.Get("rollup.function", string.Join(", ", RollupFunctions.All)));
        }
        else if (rollup.Function == RollupFunctions.Count && rollup.Field is not null)
        {
            error("rollup.field", Texts.Get("rollup.countField"));
        }
        else if (rollup.Function != RollupFunctions.Count && string.IsNullOrWhiteSpace(rollup.Field))
        {
            error("rollup.field", Texts.Get("rollup.fieldRequired"));
        }
        if (field.Required || field.Unique || field.Default is { ValueKind: not JsonValueKind.Null })
        {
            error("rollup", Texts.Get("rollup.flags"));
        }
    }

    protected override ParsedValue ParseValue(JsonElement value, FieldDefinition field, bool lenient) =>
        Inner(field, out var stored).Parse(value, stored, lenient);

    /// <summary>
    /// A count or sum over no records is zero. The engine stores that zero when a record is created, after
    /// the record itself is written, so the record a create hands back shows it here already.
    /// </summary>
    public override object? ToJson(object? stored, FieldDefinition field) =>
        Inner(field, out var inner).ToJson(stored ?? (field.Rollup?.Function is RollupFunctions.Count or RollupFunctions.Sum ? 0L : null), inner);

    public override FieldDefinition Stored(FieldDefinition field)
    {
        Inner(field, out var stored);
        return stored;
    }

    /// <summary>The field as its result type stores it (a whole number until the rollup is resolved).</summary>
    public static FieldType Inner(FieldDefinition field, out FieldDefinition stored)
    {
        var type = ResultTypes.Contains(field.ResultType) ? field.ResultType! : FieldTypeNames.Number;
        var numeric = type is FieldTypeNames.Number or FieldTypeNames.Currency or FieldTypeNames.Percent;
        stored = field with { Type = type, Precision = numeric ? field.Precision ?? 0 : null, Rollup = null };
        return FieldTypes.Find(type)!;
    }
}
