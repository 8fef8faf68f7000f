using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Scripting;

namespace Platform.Engine.Records.Rules;

/// <summary>Reads what validation and score scripts return, refusing shapes they must not have.</summary>
internal static class ScriptResults
{
    private const int MaxReasons = 100;
    private const int MaxText = 500;

    /// <summary>Null when the rule holds; otherwise the message to show. A wrong shape is a <see cref="ScriptError"/>.</summary>
    public static (string? Message, ScriptError? Error) Validation(EntityRule rule, JsonNode? result) => result?.GetValueKind() switch
    {
        null or JsonValueKind.True => (null, null),
        JsonValueKind.False => (Texts.Get("rule.failed", Label(rule)), null),
        JsonValueKind.String when result.GetValue<string>() is { Length: > 0 and <= MaxText } text => (text, null),
        _ => (null, Wrong(Texts.Get("rule.validationResult", Describe(result)))),
    };

    public static (RecordScore? Score, ScriptError? Error) Score(EntityRule rule, JsonNode? result, DateTimeOffset at)
    {
        if (result is not JsonObject shape || shape["score"] is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
        {
            return (null, Wrong(Texts.Get("rule.scoreResult", "score must be a number")));
        }
        var grade = shape["grade"];
        if (grade is not null && (grade.GetValueKind() != JsonValueKind.String || grade.GetValue<string>().Length > 50))
        {
            return (null, Wrong(Texts.Get("rule.scoreResult", "grade must be a short text")));
        }
        var reasons = new JsonArray();
        if (shape["reasons"] is { } given)
        {
            if (given is not JsonArray list || list.Count > MaxReasons || list.Any(r => !IsReason(r)))
            {
                return (null, Wrong(Texts.Get("rule.scoreResult", "reasons must be a list of {rule, points}")));
            }
            foreach (var reason in list)
            {
                reasons.Add(new JsonObject { ["rule"] = reason!["rule"]!.GetValue<string>(), ["points"] = reason["points"]!.DeepClone() });
            }
        }
        return (new RecordScore(rule.Slug, value.Deserialize<double>(), grade?.GetValue<string>(), reasons, at), null);
    }

    private static bool IsReason(JsonNode? reason) =>
        reason is JsonObject r
        && r["rule"] is JsonValue name && name.GetValueKind() == JsonValueKind.String && name.GetValue<string>().Length <= MaxText
        && r["points"] is JsonValue points && points.GetValueKind() == JsonValueKind.Number;

    public static ScriptError Wrong(string message) => new(ScriptErrorKinds.Result, message, 1, 1);

    public static string Label(EntityRule rule) => Languages.Pick(rule.Label, Languages.Current) is { Length: > 0 } label ? label : rule.Slug;

    private static string Describe(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 80 ? text[..80] + "…" : text;
    }
}
