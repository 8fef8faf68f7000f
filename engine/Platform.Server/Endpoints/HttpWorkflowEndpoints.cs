using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Common;
using Platform.Engine.Workflows.Http;
using Platform.Server.Auth;

namespace Platform.Server.Endpoints;

/// <summary>
/// <c>/workflows/{path}</c>, the address of Elsa's HttpEndpoint triggers. Like every endpoint it needs a signed-in
/// user or an API key; the request's query, headers and JSON body are the workflow's input.
/// </summary>
public static class HttpWorkflowEndpoints
{
    private const int MaxBody = 1024 * 1024;

    public static void MapHttpWorkflowEndpoints(this IEndpointRouteBuilder app) =>
        app.MapMethods("/workflows/{**path}", ["GET", "POST", "PUT", "PATCH", "DELETE"], async (string path, HttpContext context, HttpWorkflows workflows, CancellationToken ct) =>
        {
            var body = await BodyAsync(context.Request, ct);
            if (body.Length > MaxBody)
            {
                return Problems.Invalid("body", Texts.Get("workflow.httpBodyTooLarge", MaxBody / 1024));
            }
            var request = new JsonObject
            {
                ["path"] = path,
                ["method"] = context.Request.Method,
                ["queryStringData"] = new JsonObject(context.Request.Query.Select(q => KeyValuePair.Create(q.Key, (JsonNode?)q.Value.ToString()))),
                ["headers"] = new JsonObject(context.Request.Headers
                    .Where(h => !h.Key.Equals("Cookie", StringComparison.OrdinalIgnoreCase) && !h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
                    .Select(h => KeyValuePair.Create(h.Key, (JsonNode?)h.Value.ToString()))),
                ["routeData"] = new JsonObject { ["path"] = path },
                ["parsedContent"] = Parse(body, context.Request.ContentType),
            };
            return (await workflows.HandleAsync(path, context.Request.Method, request, context.User.Actor(), ct)).Respond(r =>
                r.ContentType is null
                    ? Results.Ok(r.Instance)
                    : Results.Text(r.Content ?? "", r.ContentType, Encoding.UTF8, r.StatusCode));
        })
        .WithTags("Workflows")
        .RequireAuthorization();

    private static async Task<string> BodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(ct);
    }

    private static JsonNode? Parse(string body, string? contentType)
    {
        if (body.Length == 0)
        {
            return null;
        }
        if (contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                return JsonNode.Parse(body);
            }
            catch (JsonException)
            {
                return body;
            }
        }
        return body;
    }
}
