using System.Text.Json.Nodes;
using Platform.Engine.Scripting;

namespace Platform.Engine.Workflows.Expressions;

/// <summary>
/// <c>JavaScript</c> expressions: the script runs in the platform's sandbox, under its limits, with Elsa's
/// workflow functions. A top-level <c>return</c> gives the result, as does a bare expression. A failure throws
/// <see cref="ExpressionException"/> with the line and column in the script as written.
/// </summary>
public sealed class JavaScriptExpressionHandler(ScriptSandbox sandbox) : IExpressionHandler
{
    public string Type => "JavaScript";

    public ValueTask<JsonNode?> EvaluateAsync(JsonNode? value, IExpressionScope scope, CancellationToken ct)
    {
        var source = value is JsonValue text && text.TryGetValue<string>(out var script) ? script : value?.ToJsonString();
        if (string.IsNullOrWhiteSpace(source))
        {
            return ValueTask.FromResult<JsonNode?>(null);
        }
        // A name declared at several levels is one name here; the scope resolves which declaration it means.
        var variables = scope.Variables.DistinctBy(v => v.Name, StringComparer.Ordinal).ToList();
        var words = sandbox.WordsOf(source);
        var copies = new JavaScriptVariables(scope, variables, source, words);
        var input = copies.Input(JavaScriptAccessors.For(scope, variables, words));
        var run = sandbox.Run("workflow " + scope.Environment.DefinitionId, source, input, ct);
        if (run.Error is { } error)
        {
            // A burst stopped from outside is not the script's fault: no incident, the burst is simply not finished.
            if (error.Kind == ScriptErrorKinds.Cancelled)
            {
                ct.ThrowIfCancellationRequested();
            }
            throw new ExpressionException(error.Message, error.Line, error.Column);
        }
        copies.CopyBack(run.ReadBack);
        return ValueTask.FromResult(run.Result);
    }
}
