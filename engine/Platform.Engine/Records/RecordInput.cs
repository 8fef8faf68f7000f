using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Entities;

namespace Platform.Engine.Records;

/// <summary>
/// A request body turned into stored values, field by field, with every problem keyed by field slug.
/// Read-only members (system fields, auto-numbers) are ignored; unknown members are errors.
/// </summary>
public sealed class RecordInput
{
    private RecordInput(Dictionary<string, object?> values, long? ownerId, ValidationErrors errors)
    {
        Values = values;
        OwnerId = ownerId;
        Errors = errors;
    }

    /// <summary>Stored values by field slug: only the members the body set (plus defaults on create).</summary>
    public Dictionary<string, object?> Values { get; }

    public long? OwnerId { get; }

    public ValidationErrors Errors { get; }

    public static RecordInput Parse(EntityDefinition entity, JsonElement body, bool isCreate, DateTimeOffset now, TimeZoneInfo zone)
    {
        var errors = new ValidationErrors();
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        long? ownerId = null;
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors.Add("body", Texts.Get("record.body"));
            return new RecordInput(values, null, errors);
        }
        foreach (var member in body.EnumerateObject())
        {
            if (member.Name == SystemFields.OwnerId)
            {
                var ownerField = SystemFields.Resolve(entity, SystemFields.OwnerId)!.Field;
                var owner = FieldTypes.Of(ownerField).Parse(member.Value, ownerField, lenient: false);
                if (owner.Ok)
                {
                    ownerId = owner.Stored as long?;
                }
                else
                {
                    errors.Add(member.Name, owner.Error!);
                }
                continue;
            }
            if (SystemFields.IsSystem(member.Name))
            {
                continue;
            }
            if (entity.Field(member.Name) is not { } field)
            {
                errors.Add(member.Name, Texts.Get("value.unknownField"));
                continue;
            }
            if (FieldTypes.Of(field).Computed)
            {
                continue;
            }
            var parsed = FieldTypes.Of(field).Parse(member.Value, field, lenient: false);
            if (parsed.Ok)
            {
                values[field.Slug] = parsed.Stored;
            }
            else
            {
                errors.Add(field.Slug, parsed.Error!);
            }
        }
        if (isCreate)
        {
            ApplyDefaults(entity, values, now, zone);
        }
        CheckRequired(entity, values, isCreate, errors);
        return new RecordInput(values, ownerId, errors);
    }

    private static void ApplyDefaults(EntityDefinition entity, Dictionary<string, object?> values, DateTimeOffset now, TimeZoneInfo zone)
    {
        foreach (var field in entity.Fields)
        {
            if (values.ContainsKey(field.Slug) || field.Default is not { ValueKind: not JsonValueKind.Null } value)
            {
                continue;
            }
            if (DefinitionRules.IsDateToken(field, value))
            {
                values[field.Slug] = field.Type == FieldTypeNames.Date
                    ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                    : Timestamps.Format(now);
                continue;
            }
            var parsed = FieldTypes.Of(field).Parse(value, field, lenient: false);
            if (parsed.Ok)
            {
                values[field.Slug] = parsed.Stored;
            }
        }
    }

    private static void CheckRequired(EntityDefinition entity, Dictionary<string, object?> values, bool isCreate, ValidationErrors errors)
    {
        foreach (var field in entity.Fields.Where(f => f.Required && !FieldTypes.Of(f).Computed))
        {
            var present = values.TryGetValue(field.Slug, out var value);
            if ((isCreate && (!present || value is null)) || (!isCreate && present && value is null))
            {
                errors.Add(field.Slug, Texts.Get("value.required"));
            }
        }
    }
}
