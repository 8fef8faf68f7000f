using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Engine.Workflows.Execution.Activities;

/// <summary>
/// Elsa.FlowSwitch: <c>cases</c> is a list of <c>{label, condition}</c> where the condition is a bare expression.
/// Every condition is evaluated; MatchFirst completes with the first matching label, MatchAny with all of them,
/// and no match completes with "Default".
/// </summary>
public sealed class FlowSwitchHandler : IActivityHandler
{
    public string Type => "Elsa.FlowSwitch";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var matches = new List<string>();
        foreach (var item in Cases(context.Activity.Json["cases"]))
        {
            if (item is not JsonObject @case)
            {
                continue;
            }
            var condition = @case["condition"] as JsonObject;
            var type = condition?["type"] is JsonValue t && t.GetValueKind() == JsonValueKind.String ? t.GetValue<string>() : "Literal";
            if (WorkflowValues.ToBool(await context.EvaluateAsync(type, condition?["value"], ct)))
            {
                matches.Add(WorkflowValues.ToText(@case["label"]) ?? "");
            }
        }
        var mode = WorkflowValues.ToText(await context.InputAsync("mode", ct));
        var matchAny = string.Equals(mode, "MatchAny", StringComparison.OrdinalIgnoreCase) || mode == "1";
        context.Complete(matches.Count == 0 ? ["Default"] : matchAny ? [.. matches] : [matches[0]]);
    }

    private static IEnumerable<JsonNode?> Cases(JsonNode? node) => node switch
    {
        JsonArray array => array,
        JsonObject wrapper when (wrapper["$values"] ?? wrapper["items"] ?? wrapper["values"]) is JsonArray inner => inner,
        _ => [],
    };
}
