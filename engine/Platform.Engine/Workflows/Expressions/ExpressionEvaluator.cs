using System.Collections.Frozen;
using System.Text.Json.Nodes;
using Platform.Engine.Common;

namespace Platform.Engine.Workflows.Expressions;

/// <summary>
/// Evaluates an expression by its type with the <see cref="IExpressionHandler"/> registered for it. A missing type is
/// a Literal (as Elsa reads it), <c>Json</c> is Elsa's old name for <c>Object</c>, and a type nobody handles fails
/// with <see cref="ExpressionException"/>, which faults the activity that asked.
/// </summary>
public sealed class ExpressionEvaluator
{
    private readonly FrozenDictionary<string, IExpressionHandler> _handlers;

    public ExpressionEvaluator(IEnumerable<IExpressionHandler> handlers)
    {
        var byType = new Dictionary<string, IExpressionHandler>(StringComparer.OrdinalIgnoreCase);
        foreach (var handler in handlers)
        {
            // The last registration wins, so a host can replace a handler by registering its own after ours.
            byType[handler.Type] = handler;
        }
        _handlers = byType.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public ValueTask<JsonNode?> EvaluateAsync(string? type, JsonNode? value, IExpressionScope scope, CancellationToken ct)
    {
        var name = string.IsNullOrEmpty(type) ? "Literal" : type.Equals("Json", StringComparison.OrdinalIgnoreCase) ? "Object" : type;
        return _handlers.TryGetValue(name, out var handler)
            ? handler.EvaluateAsync(value, scope, ct)
            : throw new ExpressionException(Texts.Get("workflow.expression.unsupported", name));
    }

    /// <summary>Evaluates the input <paramref name="name"/> of <paramref name="activity"/>; null when the node has no such input.</summary>
    public ValueTask<JsonNode?> EvaluateInputAsync(WorkflowActivity activity, string name, IExpressionScope scope, CancellationToken ct) =>
        activity.Input(name) is { } input ? EvaluateAsync(input.ExpressionType, input.Value, scope, ct) : ValueTask.FromResult<JsonNode?>(null);
}
