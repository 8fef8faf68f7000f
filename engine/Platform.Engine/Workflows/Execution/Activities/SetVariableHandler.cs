using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;

namespace Platform.Engine.Workflows.Execution.Activities;

/// <summary>
/// Elsa.SetVariable: <c>variable</c> is a variable model (<c>{"id","name",…}</c>, not an input), found by id as in
/// Elsa (by name when it has none); <c>value</c> is evaluated and converted to the variable's type.
/// </summary>
public sealed class SetVariableHandler : IActivityHandler
{
    public string Type => "Elsa.SetVariable";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var variable = context.Activity.Json["variable"] as JsonObject;
        var key = Text(variable?["id"]) ?? Text(variable?["name"])
            ?? throw new InvalidOperationException(Texts.Get("workflow.variable.notFound", ""));
        var value = await context.InputAsync("value", ct);
        context.SetVariable(key, value);
        context.Complete();
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is { Length: > 0 } text ? text : null;
}
