using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Identity;
using Platform.Engine.Storage;
using Platform.Engine.Workflows.Runtime;

namespace Platform.Engine.Workflows.Http;

/// <summary>
/// Serves <c>/workflows/{path}</c>: the request starts the published workflow whose HttpEndpoint trigger has that path
/// and method, runs its first burst, and is answered with what the workflow wrote — all in one write, so the
/// answer never describes work that was rolled back.
/// </summary>
public sealed class HttpWorkflows(Database database, WorkflowTriggers triggers, WorkflowRuntime runtime)
{
    public Task<Result<HttpWorkflowResponse>> HandleAsync(string path, string method, JsonObject request, Actor actor, CancellationToken ct) =>
        database.WriteAsync<HttpWorkflowResponse>(async scope =>
        {
            var hash = Execution.BookmarkHash.Compute(HttpEndpointActivity.BookmarkName, HttpEndpointActivity.Payload(path, method));
            var trigger = (await triggers.MatchAsync(scope, hash, ct)).FirstOrDefault();
            if (trigger is null)
            {
                return new NotFoundFailure(Texts.Get("workflow.httpNotFound", method.ToUpperInvariant(), path));
            }
            var (instance, state) = await runtime.StartWithStateAsync(scope, trigger.DefinitionVersionId, trigger.ActivityId, request, null, actor, ct);
            return state.Properties[WriteHttpResponseActivity.ResponseProperty] is JsonObject written
                ? new HttpWorkflowResponse(
                    written["statusCode"]?.GetValue<int>() ?? 200,
                    written["content"] is JsonValue c && c.GetValueKind() == JsonValueKind.String ? c.GetValue<string>() : null,
                    written["contentType"]?.GetValue<string>(),
                    instance)
                : new HttpWorkflowResponse(200, null, null, instance);
        }, ct);
}
