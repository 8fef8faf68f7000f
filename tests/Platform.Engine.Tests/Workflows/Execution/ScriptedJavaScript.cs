using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Expressions;

namespace Platform.Engine.Tests.Workflows.Execution;

/// <summary>
/// Stands in for the JavaScript expression type in interpreter tests: each script source the test uses maps to a
/// C# function over the scope. A source the test did not declare fails like a script error (line 1, column 1).
/// </summary>
internal sealed class ScriptedJavaScript(IReadOnlyDictionary<string, Func<IExpressionScope, JsonNode?>> scripts) : IExpressionHandler
{
    public string Type => "JavaScript";

    public List<string> Evaluated { get; } = [];

    public ValueTask<JsonNode?> EvaluateAsync(JsonNode? value, IExpressionScope scope, CancellationToken ct)
    {
        var source = value?.GetValue<string>() ?? "";
        Evaluated.Add(source);
        return scripts.TryGetValue(source, out var script)
            ? ValueTask.FromResult(script(scope))
            : throw new ExpressionException($"ReferenceError: {source} is not defined", 1, 1);
    }
}
