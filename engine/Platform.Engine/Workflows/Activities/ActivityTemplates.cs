using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Platform.Engine.Records;
using Platform.Engine.Scripting;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities;

/// <summary>
/// Renders the texts of Platform activities (a task's title, a notification's body) as Liquid over
/// <c>record</c> (the record the step is about, as it is now), <c>input</c> (the workflow input),
/// <c>variables</c> (by name) and <c>workflow</c> (<c>instanceId</c>, <c>definitionId</c>, <c>version</c>,
/// <c>correlationId</c>, <c>name</c>). An input written as a Liquid expression was rendered when it was
/// evaluated, so it is not rendered twice.
/// </summary>
internal sealed partial class ActivityTemplates(LiquidTemplates liquid, RecordReader reader)
{
    /// <summary>The model shared by the texts of one execution; <paramref name="target"/> is read inside the burst.</summary>
    public async ValueTask<JsonObject> ModelAsync(ActivityContext context, (string Entity, long RecordId)? target, CancellationToken ct)
    {
        JsonNode? record = context.Workflow.Input[RecordPayload.Record]?.DeepClone();
        if (target is (string entity, long id) && context.Environment.Scope is { } scope
            && await reader.GetInScopeAsync(scope, entity, id, ct) is { IsSuccess: true } current)
        {
            record = RecordPayload.ToJson(current.Value);
        }
        var environment = context.Environment;
        return new JsonObject
        {
            ["record"] = record,
            ["input"] = context.Workflow.Input.DeepClone(),
            ["workflow"] = new JsonObject
            {
                ["instanceId"] = environment.InstanceId,
                ["definitionId"] = environment.DefinitionId,
                ["version"] = environment.Version,
                ["correlationId"] = context.Workflow.CorrelationId,
                ["name"] = context.Workflow.Name,
            },
        };
    }

    /// <summary>The text of input <paramref name="name"/>, rendered; null when the input is empty.</summary>
    public async ValueTask<string?> RenderAsync(ActivityContext context, JsonObject model, string name, CancellationToken ct)
    {
        var text = await context.TextAsync(name, ct);
        if (text is null || context.Activity.Input(name)?.ExpressionType == "Liquid")
        {
            return text;
        }
        // Variables are named in the text; only those are read, as Elsa does for scripts' variables object.
        var variables = new JsonObject();
        foreach (Match match in VariableReference().Matches(text))
        {
            var variable = match.Groups[1].Value;
            if (!variables.ContainsKey(variable))
            {
                variables[variable] = context.GetVariable(variable)?.DeepClone();
            }
        }
        model["variables"] = variables;
        var rendered = liquid.Render(text, model, name);
        return rendered.IsSuccess ? rendered.Value : throw new ActivityFailedException(ActivityFailedException.Describe(rendered.Failure));
    }

    [GeneratedRegex(@"variables\.(\w+)")]
    private static partial Regex VariableReference();
}
