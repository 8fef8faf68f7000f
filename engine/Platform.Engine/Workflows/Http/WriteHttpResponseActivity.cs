using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Http;

/// <summary>
/// <c>Elsa.WriteHttpResponse</c>: sets the answer to the request that started or resumed the workflow. The
/// answer is kept with the instance (<see cref="ResponseProperty"/>) and sent when the burst has committed.
/// </summary>
public sealed class WriteHttpResponseActivity : IActivityHandler
{
    public const string ResponseProperty = "httpResponse";

    public string Type => "Elsa.WriteHttpResponse";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var content = await context.InputAsync("content", ct);
        var contentType = await context.InputAsync("contentType", ct) is JsonValue t && t.GetValueKind() == JsonValueKind.String ? t.GetValue<string>() : null;
        context.Workflow.Properties[ResponseProperty] = new JsonObject
        {
            ["statusCode"] = Status(await context.InputAsync("statusCode", ct)),
            ["content"] = content is JsonValue text && text.GetValueKind() == JsonValueKind.String ? text.GetValue<string>() : content?.ToJsonString(),
            ["contentType"] = contentType ?? (content is JsonObject or JsonArray ? "application/json" : "text/plain"),
        };
        context.Complete();
    }

    /// <summary>A status written as a name (<c>"OK"</c>, <c>"NotFound"</c>) or a number; 200 when absent.</summary>
    private static int Status(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && int.TryParse(v.ToJsonString(), out var number) => number,
        JsonValue v when v.GetValueKind() == JsonValueKind.String && Enum.TryParse<HttpStatusCode>(v.GetValue<string>(), true, out var code) => (int)code,
        _ => 200,
    };
}
