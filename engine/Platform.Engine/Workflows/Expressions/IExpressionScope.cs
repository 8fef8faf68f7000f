using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Expressions;

/// <summary>
/// What an expression can read and change: the workflow's variables and inputs, the outputs recorded in
/// this burst, correlation and naming. The interpreter provides it for each evaluation.
/// </summary>
public interface IExpressionScope
{
    WorkflowEnvironment Environment { get; }

    WorkflowState Workflow { get; }

    /// <summary>The declared variables visible here (the workflow's and the enclosing containers').</summary>
    IReadOnlyList<WorkflowVariable> Variables { get; }

    /// <summary>The declared workflow inputs.</summary>
    IReadOnlyList<WorkflowArgument> Inputs { get; }

    /// <summary>A variable by name or id; null when unset.</summary>
    JsonNode? GetVariable(string nameOrId);

    void SetVariable(string nameOrId, JsonNode? value);

    JsonNode? GetInput(string name);

    /// <summary>An output recorded in this burst by the activity with that id or name (<paramref name="output"/> defaults to Result).</summary>
    JsonNode? GetOutput(string activityIdOrName, string? output);

    /// <summary>The outputs recorded in this burst as (activity name, output name) pairs, for the <c>get&lt;Output&gt;From&lt;Name&gt;()</c> accessors.</summary>
    IReadOnlyList<(string Activity, string Output)> RecordedOutputs { get; }

    /// <summary>The last <c>Result</c> output recorded in this burst.</summary>
    JsonNode? LastResult { get; }

    /// <summary>Non-null only while a RunJavaScript runs: the outcomes the script chose with <c>setOutcome(s)</c>.</summary>
    List<string>? Outcomes { get; }
}
