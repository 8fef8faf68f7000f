using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Assignment;

/// <summary>
/// <c>Platform.AssignOwner</c>: chooses the record's owner inside the burst's write, so the owner, the reason
/// and the instance's progress commit together. Output <c>result</c> = <c>{userId, reason, strategy, byDefault}</c>;
/// outcome <c>Assigned</c> or <c>Unassigned</c>, and Done.
/// </summary>
public sealed class AssignOwnerActivity(OwnerAssignmentService assignments) : IActivityHandler
{
    public const string Assigned = "Assigned";
    public const string Unassigned = "Unassigned";

    public string Type => "Platform.AssignOwner";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var scope = context.Environment.Scope ?? throw new InvalidOperationException(Texts.Get("assignment.noScope"));
        var inputs = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var name in AssignOwnerInputs.Names)
        {
            inputs[name] = await context.InputAsync(name, ct);
        }
        var request = AssignOwnerInputs.ToRequest(inputs, context.Workflow.Input, context.Environment.Actor, context.Environment.InstanceId);
        var decided = await assignments.AssignInScopeAsync(scope, request, ct);
        if (!decided.IsSuccess)
        {
            throw new InvalidOperationException(Describe(decided.Failure));
        }
        var decision = decided.Value;
        context.Note(decision.Reason);
        context.SetOutput("result", new JsonObject
        {
            ["userId"] = decision.UserId,
            ["reason"] = decision.Reason,
            ["strategy"] = decision.Strategy,
            ["byDefault"] = decision.ByDefault,
        });
        context.Complete(decision.UserId is null ? Unassigned : Assigned, "Done");
    }

    private static string Describe(Failure failure) => failure is ValidationFailure invalid
        ? string.Join(" ", invalid.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))
        : failure.Detail;
}
