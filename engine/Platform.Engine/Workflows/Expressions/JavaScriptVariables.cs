using System.Text.Json.Nodes;
using Platform.Engine.Scripting;

namespace Platform.Engine.Workflows.Expressions;

/// <summary>
/// The variables as script globals: Elsa's <c>variables</c> object and, beyond Elsa (#5412), each variable
/// under its own name. Both are copies taken when the script first uses them, and hold only the variables the
/// script mentions (<paramref name="words"/> are the words of <paramref name="source"/>); when the script ends, what it changed in them is
/// written to the variables, after whatever <c>setVariable</c> wrote during the run. One per evaluation.
/// </summary>
internal sealed class JavaScriptVariables(IExpressionScope scope, IReadOnlyList<WorkflowVariable> variables, string source, IReadOnlySet<string> words)
{
    public const string Container = "variables";

    private readonly Dictionary<string, JsonNode?> _given = new(StringComparer.Ordinal);
    private JsonObject? _container;

    /// <summary>
    /// The globals, all read back. A variable whose name is not an identifier, or is taken by a function, is
    /// reachable through <c>variables</c> and <c>getVariable</c> only.
    /// </summary>
    public ScriptInput Input(IReadOnlyDictionary<string, ScriptFunction> functions)
    {
        var globals = new Dictionary<string, Func<JsonNode?>>(StringComparer.Ordinal);
        if (words.Contains(Container))
        {
            globals[Container] = Contents;
        }
        foreach (var variable in variables)
        {
            var name = variable.Name;
            if (words.Contains(name) && name != Container && !functions.ContainsKey(name))
            {
                globals[name] = () => _given[name] = scope.GetVariable(name);
            }
        }
        return new ScriptInput { Functions = functions, Globals = globals, ReadBack = globals.Keys.ToHashSet(StringComparer.Ordinal) };
    }

    /// <summary>Writes each variable the script changed, added to <c>variables</c> or assigned by name; a name wins over <c>variables</c>.</summary>
    public void CopyBack(IReadOnlyDictionary<string, JsonNode?>? final)
    {
        if (final is null)
        {
            return;
        }
        if (_container is not null && final.TryGetValue(Container, out var container) && container is JsonObject after)
        {
            foreach (var (name, value) in after)
            {
                if (!_container.TryGetPropertyValue(name, out var before) || !JsonNode.DeepEquals(before, value))
                {
                    scope.SetVariable(name, value?.DeepClone());
                }
            }
        }
        foreach (var (name, before) in _given)
        {
            if (final.TryGetValue(name, out var value) && !JsonNode.DeepEquals(before, value))
            {
                scope.SetVariable(name, value);
            }
        }
    }

    private JsonObject Contents()
    {
        _container = [];
        foreach (var variable in variables)
        {
            // A name that is not one word counts as any text of the script: variables["lead score"].
            var name = variable.Name;
            if (JavaScriptNames.IsIdentifier(name) ? words.Contains(name) : source.Contains(name, StringComparison.Ordinal))
            {
                _container[name] = scope.GetVariable(name)?.DeepClone();
            }
        }
        return _container;
    }
}
