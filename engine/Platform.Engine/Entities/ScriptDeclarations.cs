using System.Globalization;
using System.Text;
using Platform.Engine.Common;
using Platform.Engine.Scripting;

namespace Platform.Engine.Entities;

/// <summary>
/// TypeScript declarations of what a script of one entity sees: its record's fields, the acting user and
/// the script API. The editor reads them for completion; the text is also valid TypeScript, so an
/// integrator can type-check a rule with <c>tsc</c>. Generated from the definition on every request, so
/// a field added a moment ago is offered at once.
/// </summary>
public static class ScriptDeclarations
{
    /// <summary>The declarations for scripts of <paramref name="entity"/>; <paramref name="entities"/> are the slugs <c>related()</c> may read.</summary>
    public static string Generate(EntityDefinition entity, IEnumerable<string> entities, ScriptOptions limits)
    {
        var name = TypeScriptText.Pascal(entity.Slug) + "Record";
        var text = new StringBuilder();
        text.Append("// Scripts of the entity '").Append(entity.Slug).Append("'. They run in strict mode, each under ")
            .Append(Invariant($"{limits.TimeoutMilliseconds} ms, {limits.MaxStatements:N0} statements, {limits.MemoryBytes / 1048576.0:0.#} MB and a call depth of {limits.RecursionDepth}."))
            .Append('\n');
        Doc(text, "", Label(entity.Label) ?? entity.Slug);
        text.Append("interface ").Append(name).Append(" {\n");
        SystemMembers(text);
        foreach (var field in entity.Fields)
        {
            Doc(text, "  ", $"{Label(field.Label) ?? field.Slug} ({Describe(field)})");
            text.Append("  ").Append(field.Slug).Append(": ").Append(TypeOf(field)).Append(" | null;\n");
        }
        text.Append("}\n\n");
        Doc(text, "", "The record being saved or tested, field values by slug. Only a before-save hook's changes to it are kept.");
        text.Append("declare const record: ").Append(name).Append(";\n");
        Doc(text, "", "The record as it was before this update; null while it is being created.");
        text.Append("declare const previous: ").Append(name).Append(" | null;\n");
        text.Append(Api(TypeScriptText.Union(entities.Order(StringComparer.Ordinal), "string"), limits));
        return text.ToString();
    }

    private static void SystemMembers(StringBuilder text)
    {
        (string Name, string Type, string Doc)[] members =
        [
            ("id", "number", "Record id; null before the record is first saved."),
            ("version", "number", "Raised by every update; null before the record is first saved."),
            ("createdAt", "string", "When the record was created (ISO 8601, UTC); null before it is first saved."),
            ("updatedAt", "string", "When the record was last changed (ISO 8601, UTC); null before it is first saved."),
            ("createdBy", "number", "Id of the user who created the record; null before it is first saved."),
            ("ownerId", "number", "Id of the user who owns the record."),
        ];
        foreach (var (member, type, doc) in members)
        {
            Doc(text, "  ", doc);
            text.Append("  readonly ").Append(member).Append(": ").Append(type).Append(" | null;\n");
        }
    }

    /// <summary>The TypeScript type of a field's value, without its <c>| null</c>.</summary>
    private static string TypeOf(FieldDefinition field) => field.Type switch
    {
        FieldTypeNames.Select => TypeScriptText.Union(Options(field), "string"),
        FieldTypeNames.MultiSelect => Options(field).Any() ? $"({TypeScriptText.Union(Options(field), "string")})[]" : "string[]",
        FieldTypeNames.Stage => TypeScriptText.Union((field.Stages ?? []).Select(s => s.Value), "string"),
        FieldTypeNames.Formula => field.ResultType is { } result ? ValueType(result) : "unknown",
        FieldTypeNames.Rollup => ValueType(field.ResultType ?? FieldTypeNames.Number),
        _ => ValueType(field.Type),
    };

    private static string ValueType(string type) => type switch
    {
        FieldTypeNames.Text or FieldTypeNames.LongText or FieldTypeNames.Email or FieldTypeNames.Phone or FieldTypeNames.Url
            or FieldTypeNames.AutoNumber or FieldTypeNames.Date or FieldTypeNames.DateTime => "string",
        FieldTypeNames.Number or FieldTypeNames.Currency or FieldTypeNames.Percent or FieldTypeNames.Rating
            or FieldTypeNames.User or FieldTypeNames.Relation => "number",
        FieldTypeNames.Boolean => "boolean",
        _ => "unknown",
    };

    private static IEnumerable<string> Options(FieldDefinition field) => (field.Options ?? []).Select(o => o.Value);

    private static string Describe(FieldDefinition field) => field.Type switch
    {
        FieldTypeNames.Date => "date, yyyy-MM-dd",
        FieldTypeNames.DateTime => "datetime, ISO 8601",
        FieldTypeNames.User => "user: a user id",
        FieldTypeNames.Relation => $"relation: a record id of {field.Relation?.Entity}",
        FieldTypeNames.AutoNumber => "autonumber, read-only",
        FieldTypeNames.Formula => $"formula returning {field.ResultType}, read-only",
        FieldTypeNames.Rollup => $"rollup: {field.Rollup?.Function} of {field.Rollup?.Entity} records, {field.ResultType}, read-only",
        _ => field.Type,
    };

    private static string? Label(Dictionary<string, string>? label)
    {
        var chinese = label?.GetValueOrDefault(Languages.Chinese);
        var english = label?.GetValueOrDefault(Languages.English);
        string?[] both = [chinese, english];
        var shown = both.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).ToList();
        return shown.Count > 0 ? string.Join(" / ", shown) : Languages.Pick(label, Languages.English);
    }

    private static void Doc(StringBuilder text, string indent, string doc) =>
        text.Append(indent).Append("/** ").Append(TypeScriptText.Comment(doc)).Append(" */\n");

    private static string Api(string entities, ScriptOptions limits) => $$"""

        /** The user the write is made for, public attributes only; null for a public form submission and when formulas are recomputed in the background. */
        declare const user: ScriptUser | null;
        interface ScriptUser {
          /** User id. */
          id: number;
          /** Display name. */
          name: string;
          /** Sign-in e-mail address. */
          email: string;
          /** Role, such as admin or member. */
          role: string;
          /** Team, if any. */
          team: string | null;
          /** Sales region, if any. */
          region: string | null;
          /** Industries the user covers. */
          industries: string[];
          /** Seniority level, higher is more senior. */
          seniority: number;
        }

        /** Working-day arithmetic over the platform's working calendar (weekends, holidays, make-up working days, working hours). */
        interface WorkingDays {
          /** The date `days` working days after `date` (before it when negative), as yyyy-MM-dd; `days` is a whole number. */
          add(date: string | Date, days: number): string;
          /** Working days after `from` up to and including `to`; negative when `to` is earlier. */
          between(from: string | Date, to: string | Date): number;
          /** Whether `date` is a working day: not a weekend day or holiday, or a make-up working day. */
          isWorkingDay(date: string | Date): boolean;
          /** The moment `hours` of working time after `date`, counting only working hours of working days. */
          addHours(date: string | Date, hours: number): Date;
        }
        /** Working-day arithmetic; dates are yyyy-MM-dd text, ISO 8601 text or Date objects. */
        declare const workingDays: WorkingDays;

        /** The current time from the platform's clock; `new Date()` and `Date.now()` read the same clock. */
        declare function now(): Date;
        /** Writes a line to the log shown in the editor's test panel: objects as JSON, at most {{limits.MaxLogLines}} lines per run. */
        declare function log(...values: unknown[]): void;
        /** Reads records of an entity, read-only: at most {{limits.RelatedRowCap}} matching `filter` (field values by slug). Changes to them are never saved. */
        declare function related(entity: {{entities}}, filter?: Record<string, unknown>): Record<string, unknown>[];
        /** After-save hooks only: emits an event (a name of 1 to 100 characters, data as JSON) for workflows; at most 100 per run. */
        declare function emit(name: string, data?: unknown): void;

        """;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
