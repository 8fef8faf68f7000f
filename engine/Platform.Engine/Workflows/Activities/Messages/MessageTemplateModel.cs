using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Activities.Messages;

/// <summary>
/// What an e-mail template sees: <c>record</c> (the workflow input's record, when a record started it),
/// <c>variables</c>, <c>input</c> and <c>workflow</c> (instanceId, definitionId, version, correlationId, name).
/// </summary>
internal static partial class MessageTemplateModel
{
    public static JsonObject Build(ActivityContext context, IEnumerable<string?> templates, JsonNode? record = null)
    {
        var variables = new JsonObject();
        foreach (var (key, value) in context.Workflow.Variables)
        {
            variables[key] = value?.DeepClone();
        }
        // Variables are stored by id; a template names them by name, so the names it mentions are looked up.
        foreach (var name in templates.OfType<string>().SelectMany(Mentions).Distinct(StringComparer.Ordinal))
        {
            if (!variables.ContainsKey(name))
            {
                variables[name] = context.GetVariable(name)?.DeepClone();
            }
        }
        var workflow = context.Workflow;
        var environment = context.Environment;
        return new JsonObject
        {
            ["record"] = record ?? workflow.Input["record"]?.DeepClone(),
            ["variables"] = variables,
            ["input"] = workflow.Input.DeepClone(),
            ["workflow"] = new JsonObject
            {
                ["instanceId"] = environment.InstanceId,
                ["definitionId"] = environment.DefinitionId,
                ["version"] = environment.Version,
                ["correlationId"] = workflow.CorrelationId,
                ["name"] = workflow.Name,
            },
        };
    }

    private static IEnumerable<string> Mentions(string template) =>
        VariableMention().Matches(template).Select(m => m.Groups["dot"].Success ? m.Groups["dot"].Value : m.Groups["key"].Value);

    [GeneratedRegex("""\bvariables\s*(?:\.\s*(?<dot>[A-Za-z_][A-Za-z0-9_]*)|\[\s*["'](?<key>[^"']+)["']\s*\])""")]
    private static partial Regex VariableMention();
}
