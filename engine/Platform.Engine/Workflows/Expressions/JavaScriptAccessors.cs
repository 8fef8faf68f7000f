using System.Text.Json.Nodes;
using Platform.Engine.Scripting;
using static Platform.Engine.Workflows.Expressions.JavaScriptFunctions;

namespace Platform.Engine.Workflows.Expressions;

/// <summary>
/// Elsa's JavaScript functions over one expression scope: the workflow's ids, correlation and name, its
/// variables, its input, the outputs recorded in this burst and, inside RunJavaScript, the outcomes. A fixed
/// name (<c>getVariable</c>, <c>getInput</c>…) is never replaced by a generated one; among generated names the
/// variables' come first, then the inputs', then the outputs'.
/// </summary>
internal static class JavaScriptAccessors
{
    public static Dictionary<string, ScriptFunction> For(IExpressionScope scope, IReadOnlyList<WorkflowVariable> variables)
    {
        var functions = new Dictionary<string, ScriptFunction>(JavaScriptFunctions.Common, StringComparer.Ordinal);
        AddWorkflow(functions, scope);
        AddOutcomes(functions, scope);
        AddVariables(functions, scope, variables);
        AddInputs(functions, scope);
        AddOutputs(functions, scope);
        return functions;
    }

    private static void AddWorkflow(Dictionary<string, ScriptFunction> functions, IExpressionScope scope)
    {
        var environment = scope.Environment;
        var workflow = scope.Workflow;
        functions["getWorkflowDefinitionId"] = _ => environment.DefinitionId;
        functions["getWorkflowDefinitionVersionId"] = _ => environment.DefinitionVersionId;
        functions["getWorkflowDefinitionVersion"] = _ => environment.Version;
        functions["getWorkflowInstanceId"] = _ => environment.InstanceId;
        functions["getCorrelationId"] = _ => workflow.CorrelationId;
        functions["setCorrelationId"] = a => Done(() => workflow.CorrelationId = OptionalText(a, 0));
        functions["getWorkflowInstanceName"] = _ => workflow.Name;
        functions["setWorkflowInstanceName"] = a => Done(() => workflow.Name = OptionalText(a, 0));
        functions["getVariable"] = a => Guarded(() => scope.GetVariable(Text(a, 0, "getVariable(name)", "name")));
        functions["setVariable"] = a => Done(() => Guarded(() => scope.SetVariable(Text(a, 0, "setVariable(name, value)", "name"), Arg(a, 1))));
        functions["getInput"] = a => scope.GetInput(Text(a, 0, "getInput(name)", "name"));
        functions["getOutputFrom"] = a => scope.GetOutput(
            Text(a, 0, "getOutputFrom(activity, output)", "activity"),
            Arg(a, 1) is null ? null : Text(a, 1, "getOutputFrom(activity, output)", "output"));
        functions["getLastResult"] = _ => scope.LastResult;
    }

    /// <summary>Elsa's RunJavaScript: the last call decides the outcomes the activity completes with.</summary>
    private static void AddOutcomes(Dictionary<string, ScriptFunction> functions, IExpressionScope scope)
    {
        if (scope.Outcomes is not { } outcomes)
        {
            return;
        }
        functions["setOutcome"] = a =>
        {
            var name = Text(a, 0, "setOutcome(name)", "name");
            outcomes.Clear();
            outcomes.Add(name);
            return null;
        };
        functions["setOutcomes"] = a =>
        {
            var names = Arg(a, 0) is JsonArray list && list.All(n => n is JsonValue v && v.TryGetValue<string>(out _))
                ? list.Select(n => n!.GetValue<string>()).ToList()
                : throw new ScriptHostException("setOutcomes(names): names must be an array of strings");
            outcomes.Clear();
            outcomes.AddRange(names.Distinct(StringComparer.Ordinal));
            return null;
        };
    }

    private static void AddVariables(Dictionary<string, ScriptFunction> functions, IExpressionScope scope, IReadOnlyList<WorkflowVariable> variables)
    {
        foreach (var variable in variables)
        {
            var name = variable.Name;
            var pascal = JavaScriptNames.Pascal(name);
            if (JavaScriptNames.IsIdentifier(pascal))
            {
                functions.TryAdd("get" + pascal, _ => Guarded(() => scope.GetVariable(name)));
                functions.TryAdd("set" + pascal, a => Done(() => Guarded(() => scope.SetVariable(name, Arg(a, 0)))));
            }
        }
    }

    /// <summary>
    /// <c>get&lt;Name&gt;()</c> for each declared input and each property of the input the instance started with
    /// (a record trigger's <c>record</c> gives <c>getRecord()</c>); Elsa spells the name as declared, so that
    /// spelling works too.
    /// </summary>
    private static void AddInputs(Dictionary<string, ScriptFunction> functions, IExpressionScope scope)
    {
        foreach (var input in scope.Inputs)
        {
            AddInput(functions, scope, input.Name);
        }
        foreach (var (name, _) in scope.Workflow.Input)
        {
            AddInput(functions, scope, name);
        }
    }

    private static void AddInput(Dictionary<string, ScriptFunction> functions, IExpressionScope scope, string name)
    {
        if (!JavaScriptNames.IsIdentifier(name))
        {
            return;
        }
        ScriptFunction get = _ => scope.GetInput(name);
        functions.TryAdd("get" + name, get);
        functions.TryAdd("get" + JavaScriptNames.Pascal(name), get);
    }

    private static void AddOutputs(Dictionary<string, ScriptFunction> functions, IExpressionScope scope)
    {
        foreach (var (activity, output) in scope.RecordedOutputs)
        {
            ScriptFunction get = _ => scope.GetOutput(activity, output);
            var from = "From" + JavaScriptNames.Pascal(activity);
            foreach (var name in new[] { "get" + output + from, "get" + JavaScriptNames.Pascal(output) + from })
            {
                if (JavaScriptNames.IsIdentifier(name))
                {
                    functions.TryAdd(name, get);
                }
            }
        }
    }

    /// <summary>A scope that refuses (an unknown variable, a value of the wrong type) gives the script an Error it may catch.</summary>
    private static T Guarded<T>(Func<T> body)
    {
        try
        {
            return body();
        }
        catch (ExpressionException e)
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
