using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Engine.Workflows.Execution;

namespace Platform.Engine.Workflows.Http;

/// <summary>
/// <c>Elsa.FlowSendHttpRequest</c>: calls a URL and continues on the outcome of the answer, as Elsa does: the status
/// code that was expected (plus Done), "Unmatched status code" (plus Done), "Failed to connect" or "Timeout".
/// </summary>
public sealed class FlowSendHttpRequestActivity : IActivityHandler
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private static readonly HttpClient Client = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    public string Type => "Elsa.FlowSendHttpRequest";

    public async ValueTask ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var url = Text(await context.InputAsync("url", ct));
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"\"{url}\" is not an http or https address.");
        }
        using var request = new HttpRequestMessage(new HttpMethod(Text(await context.InputAsync("method", ct)) ?? "GET"), uri);
        var content = await context.InputAsync("content", ct);
        if (content is not null)
        {
            var type = Text(await context.InputAsync("contentType", ct)) ?? (content is JsonValue ? "text/plain" : "application/json");
            request.Content = new StringContent(Text(content) ?? content.ToJsonString(), Encoding.UTF8, MediaTypeHeaderValue.Parse(type));
        }
        if (Text(await context.InputAsync("authorization", ct)) is { } authorization)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        if (Headers(await context.InputAsync("requestHeaders", ct)) is { } headers)
        {
            foreach (var (name, value) in headers)
            {
                request.Headers.TryAddWithoutValidation(name, value?.ToString());
            }
        }
        var expected = Expected(await context.InputAsync("expectedStatusCodes", ct));
        if (context.Environment.DryRun is { } dryRun)
        {
            // A dry run sends nothing: it notes the request and goes on as if the first expected status came back.
            dryRun.Request(request.Method.Method, uri.ToString(), context.Environment.Clock.GetUtcNow());
            var assumed = expected.Count > 0 ? expected.First() : 200;
            context.SetOutput("statusCode", assumed);
            context.Complete([assumed.ToString(System.Globalization.CultureInfo.InvariantCulture), "Done"]);
            return;
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        HttpResponseMessage response;
        try
        {
            response = await Client.SendAsync(request, timeout.Token);
        }
        catch (HttpRequestException e)
        {
            context.Note(e.Message);
            context.Complete("Failed to connect");
            return;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            context.Complete("Timeout");
            return;
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync(ct);
            context.SetOutput("statusCode", status);
            context.SetOutput("parsedContent", Parse(body, response.Content.Headers.ContentType?.MediaType));
            context.SetOutput("responseHeaders", new JsonObject(response.Headers.Select(h =>
                KeyValuePair.Create(h.Key, (JsonNode?)string.Join(",", h.Value)))));
            context.Complete(expected.Contains(status) ? [status.ToString(System.Globalization.CultureInfo.InvariantCulture), "Done"] : ["Unmatched status code", "Done"]);
        }
    }

    private static JsonNode? Parse(string body, string? mediaType)
    {
        if (mediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
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

    private static IReadOnlySet<int> Expected(JsonNode? node)
    {
        if (Text(node) is { } text)
        {
            node = JsonNode.Parse(text);
        }
        var codes = (node as JsonArray)?.Select(c => c is JsonValue v && int.TryParse(v.ToJsonString(), out var code) ? code : 0).Where(c => c > 0).ToHashSet();
        return codes is { Count: > 0 } ? codes : new HashSet<int> { 200 };
    }

    private static JsonObject? Headers(JsonNode? node) => Text(node) is { } text ? JsonNode.Parse(text) as JsonObject : node as JsonObject;

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
