using System.Text.Json;
using Platform.Engine.Common;
using Platform.Engine.Scripting;

namespace Platform.Engine.Entities;

/// <summary>
/// A pipeline: the record's current stage, one of the field's ordered stages. Stored as the stage's
/// value; every change of it is checked against the stages' gates and written to the stage ledger.
/// </summary>
internal sealed class StageFieldType : FieldType
{
    public override string Name => FieldTypeNames.Stage;

    public override void ValidateSettings(FieldDefinition field, Action<string, string> error)
    {
        if (field.Stages is not { Count: > 0 } stages)
        {
            error("stages", Texts.Get("stage.required"));
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < stages.Count; i++)
        {
            var stage = stages[i];
            if (string.IsNullOrWhiteSpace(stage.Value) || stage.Value.Length > 100)
            {
                error($"stages[{i}].value", Texts.Get("value.required"));
            }
            else if (!seen.Add(stage.Value))
            {
                error($"stages[{i}].value", Texts.Get("field.options.duplicate", stage.Value));
            }
            if (!StageCategories.All.Contains(stage.Category))
            {
                error($"stages[{i}].category", Texts.Get("stage.category", string.Join(", ", StageCategories.All)));
            }
            if (stage.Probability is < 0 or > 100)
            {
                error($"stages[{i}].probability", Texts.Get("stage.probability"));
            }
            if (stage.MaxDwellDays is < 0 || stage.Target is < 0)
            {
                error($"stages[{i}]", Texts.Get("stage.negative"));
            }
            CheckCriteria(stage.EntryCriteria, $"stages[{i}].entryCriteria", error);
            CheckCriteria(stage.ExitCriteria, $"stages[{i}].exitCriteria", error);
        }
    }

    private static void CheckCriteria(StageCriteria? criteria, string key, Action<string, string> error)
    {
        if (criteria?.Condition is { Length: > 0 } condition && ScriptSandbox.CheckSyntax(condition) is { } syntax)
        {
            error($"{key}.condition", Texts.Get("script.at", syntax.Line, syntax.Column, syntax.Message));
        }
        foreach (var (related, i) in (criteria?.Related ?? []).Select((r, i) => (r, i)))
        {
            if (related.Min < 1)
            {
                error($"{key}.related[{i}].min", Texts.Get("stage.negative"));
            }
        }
    }

    protected override ParsedValue ParseValue(JsonElement value, FieldDefinition field, bool lenient)
    {
        var text = AsText(value, lenient);
        if (text is null)
        {
            return ParsedValue.Fail(Texts.Get("value.text"));
        }
        if (text.Length == 0)
        {
            return ParsedValue.Empty;
        }
        var stages = field.Stages ?? [];
        var stage = stages.Find(s => s.Value == text)
            ?? (lenient ? stages.Find(s => s.Label.Values.Any(l => string.Equals(l, text.Trim(), StringComparison.OrdinalIgnoreCase))) : null);
        return stage is null ? ParsedValue.Fail(Texts.Get("value.option", text)) : ParsedValue.Of(stage.Value);
    }
}
