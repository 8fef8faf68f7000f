using System.Text.Json.Nodes;
using Platform.Engine.Scripting;
using static Platform.Engine.Workflows.Expressions.JavaScriptFunctions;

namespace Platform.Engine.Workflows.Expressions;

/// <summary>
/// Elsa's JavaScript functions over one expression scope: the workflow's ids, correlation and name, its
/// variables, its input, the outputs recorded in this burst and, inside RunJavaScript, the outcomes. Only the
/// functions the script names are built, so their cost follows the script, not the workflow's size. A fixed
/// name (<c>getVariable</c>, <c>getInput</c>…) is never replaced by a generated one; among generated names the
/// variables' come first, then the inputs', then the outputs'.
/// </summary>
internal static class JavaScriptAccessors
{
    private delegate JsonNode? Fixed(IExpressionScope scope, IReadOnlyList<JsonNode?> args);

    private static readonly Dictionary<string, Fixed> Workflow = new(StringComparer.Ordinal)
    {
        ["getWorkflowDefinitionId"] = (s, _) => s.Environment.DefinitionId,
        ["getWorkflowDefinitionVersionId"] = (s, _) => s.Environment.DefinitionVersionId,
        ["getWorkflowDefinitionVersion"] = (s, _) => s.Environment.Version,
        ["getWorkflowInstanceId"] = (s, _) => s.Environment.InstanceId,
        ["getCorrelationId"] = (s, _) => s.Workflow.CorrelationId,
        ["setCorrelationId"] = (s, a) => Done(() => s.Workflow.CorrelationId = OptionalText(a, 0)),
        ["getWorkflowInstanceName"] = (s, _) => s.Workflow.Name,
        ["setWorkflowInstanceName"] = (s, a) => Done(() => s.Workflow.Name = OptionalText(a, 0)),
        ["getVariable"] = (s, a) => Guarded(() => s.GetVariable(Text(a, 0, "getVariable(name)", "name"))),
        ["setVariable"] = (s, a) => Done(() => Guarded(() => s.SetVariable(Text(a, 0, "setVariable(name, value)", "name"), Arg(a, 1)))),
        ["getInput"] = (s, a) => s.GetInput(Text(a, 0, "getInput(name)", "name")),
        ["getOutputFrom"] = (s, a) => s.GetOutput(
            Text(a, 0, "getOutputFrom(activity, output)", "activity"),
            Arg(a, 1) is null ? null : Text(a, 1, "getOutputFrom(activity, output)", "output")),
        ["getLastResult"] = (s, _) => s.LastResult,
    };

    /// <summary>Elsa's RunJavaScript, and only while one runs: the last call decides the outcomes the activity completes with.</summary>
    private static readonly Dictionary<string, Fixed> Outcome = new(StringComparer.Ordinal)
    {
        ["setOutcome"] = (s, a) => SetOutcomes(s, [Text(a, 0, "setOutcome(name)", "name")]),
        ["setOutcomes"] = (s, a) => SetOutcomes(s, Arg(a, 0) is JsonArray list && list.All(n => n is JsonValue v && v.TryGetValue<string>(out _))
            ? list.Select(n => n!.GetValue<string>()).Distinct(StringComparer.Ordinal).ToList()
            : throw new ScriptHostException("setOutcomes(names): names must be an array of strings")),
    };

    /// <summary>The functions among <paramref name="words"/>, the words of the script.</summary>
    public static Dictionary<string, ScriptFunction> For(IExpressionScope scope, IReadOnlyList<WorkflowVariable> variables, IReadOnlySet<string> words)
    {
        var functions = new Dictionary<string, ScriptFunction>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (Shared.TryGetValue(word, out var common))
            {
                functions[word] = common;
            }
            else if (Workflow.TryGetValue(word, out var known) || (scope.Outcomes is not null && Outcome.TryGetValue(word, out known)))
            {
                functions[word] = a => known(scope, a);
            }
            else if (word.Length > 3 && (word.StartsWith("get", StringComparison.Ordinal) || word.StartsWith("set", StringComparison.Ordinal)))
            {
                if ((VariableAccessor(scope, variables, word) ?? InputAccessor(scope, word) ?? OutputAccessor(scope, word)) is { } generated)
                {
                    functions[word] = generated;
                }
            }
        }
        return functions;
    }

    /// <summary><c>get&lt;Name&gt;()</c> and <c>set&lt;Name&gt;(value)</c> of a variable, its name in PascalCase.</summary>
    private static ScriptFunction? VariableAccessor(IExpressionScope scope, IReadOnlyList<WorkflowVariable> variables, string word)
    {
        var pascal = word.AsSpan(3);
        foreach (var variable in variables)
        {
            var name = variable.Name;
            if (pascal.SequenceEqual(JavaScriptNames.Pascal(name)))
            {
                return word[0] == 'g'
                    ? _ => Guarded(() => scope.GetVariable(name))
                    : a => Done(() => Guarded(() => scope.SetVariable(name, Arg(a, 0))));
            }
        }
        return null;
    }

    /// <summary>
    /// <c>get&lt;Name&gt;()</c> for each declared input and each property of the input the instance started with
    /// (a record trigger's <c>record</c> gives <c>getRecord()</c>); Elsa spells the name as declared, so that
    /// spelling works too.
    /// </summary>
    private static ScriptFunction? InputAccessor(IExpressionScope scope, string word)
    {
        if (word[0] != 'g')
        {
            return null;
        }
        var wanted = word[3..];
        var name = scope.Inputs.Select(i => i.Name).Concat(scope.Workflow.Input.Select(p => p.Key))
            .FirstOrDefault(n => JavaScriptNames.IsIdentifier(n) && (n == wanted || JavaScriptNames.Pascal(n) == wanted));
        return name is null ? null : _ => scope.GetInput(name);
    }

    /// <summary><c>get&lt;Output&gt;From&lt;ActivityName&gt;()</c> for each output recorded in this burst.</summary>
    private static ScriptFunction? OutputAccessor(IExpressionScope scope, string word)
    {
        if (word[0] != 'g')
        {
            return null;
        }
        foreach (var (activity, output) in scope.RecordedOutputs)
        {
            var from = "From" + JavaScriptNames.Pascal(activity);
            if (word == "get" + output + from || word == "get" + JavaScriptNames.Pascal(output) + from)
            {
                return _ => scope.GetOutput(activity, output);
            }
        }
        return null;
    }

    private static JsonNode? SetOutcomes(IExpressionScope scope, List<string> names)
    {
        scope.Outcomes!.Clear();
        scope.Outcomes.AddRange(names);
        return null;
    }

    /// <summary>A scope that refuses (a value the variable's type cannot hold) gives the script an Error it may catch.</summary>
    private static T Guarded<T>(Func<T> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is ExpressionException or FormatException)
        {
            throw new ScriptHostException(e.Message);
        }
    }

    private static void Guarded(Action body) => Guarded(() => { body(); return true; });

    private static JsonNode? Done(Action body)
    {
        body();
        return null;
    }
}
