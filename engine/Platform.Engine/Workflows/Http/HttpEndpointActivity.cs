using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Http;

/// <summary>
/// <c>Elsa.HttpEndpoint</c>: a request to <c>/workflows/{path}</c> with one of the supported methods starts the
/// workflow (or resumes one waiting here). The request's query, headers, route and parsed body become outputs.
/// </summary>
public sealed class HttpEndpointActivity : ITriggerActivity
{
    public const string BookmarkName = "Elsa.HttpEndpoint";

    public string Type => "Elsa.HttpEndpoint";

    public async ValueTask<IReadOnlyList<TriggerPayload>> IndexAsync(WorkflowActivity activity, Func<string, ValueTask<JsonNode?>> input, CancellationToken ct)
    {
        var path = Text(await input("path"));
        if (path is null)
        {
            return [];
        }
        return [.. Methods(await input("supportedMethods")).Select(m => new TriggerPayload(BookmarkName, Payload(path, m)))];
    }

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        if (context.IsTriggerOfWorkflow)
        {
            SetOutputs(context, context.Workflow.Input);
            context.Complete();
            return;
        }
        var path = Text(await context.InputAsync("path", ct)) ?? "";
        var method = Methods(await context.InputAsync("supportedMethods", ct)).First();
        context.CreateBookmark(BookmarkName, Payload(path, method));
    }

    public ValueTask ResumeAsync(ActivityContext context, Bookmark bookmark, JsonNode? input, CancellationToken ct)
    {
        SetOutputs(context, input as JsonObject ?? []);
        context.Complete();
        return ValueTask.CompletedTask;
    }

    /// <summary>The stimulus payload: the path without slashes at either end and the method, both lower-case, as Elsa matches them.</summary>
    public static JsonObject Payload(string path, string method) => new()
    {
        ["path"] = path.Trim('/').ToLowerInvariant(),
        ["method"] = method.ToLowerInvariant(),
    };

    private static void SetOutputs(ActivityContext context, JsonObject request)
    {
        foreach (var name in new[] { "parsedContent", "queryStringData", "headers", "routeData" })
        {
            context.SetOutput(name, request[name]?.DeepClone());
        }
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>Methods from a list or from the JSON text of one (<c>"[\"GET\"]"</c>); GET when none are given.</summary>
    private static IReadOnlyList<string> Methods(JsonNode? node)
    {
        if (Text(node) is { } text)
        {
            node = text.TrimStart().StartsWith('[') ? JsonNode.Parse(text) : new JsonArray(text);
        }
        var methods = (node as JsonArray)?.Select(Text).OfType<string>().ToList() ?? [];
        return methods.Count > 0 ? methods : ["GET"];
    }
}
