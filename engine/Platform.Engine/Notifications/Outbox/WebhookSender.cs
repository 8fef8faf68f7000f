using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace Platform.Engine.Notifications.Outbox;

/// <summary>
/// POSTs one webhook, signed (<see cref="WebhookSignature"/>) with the timestamp it is sent at, and with the
/// message's idempotency key in <c>Idempotency-Key</c>, the same on every try. Only a 2xx answer counts as
/// delivered; redirects are not followed, so a signed body never goes anywhere but the configured address.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    public const string EventHeader = "X-Platform-Event";
    public const string TimestampHeader = "X-Platform-Timestamp";
    public const string SignatureHeader = "X-Platform-Signature";
    public const string IdempotencyHeader = "Idempotency-Key";

    private readonly IOptions<WebhookOptions> _options;
    private readonly TimeProvider _clock;
    private readonly HttpClient _http;

    public WebhookSender(IOptions<WebhookOptions> options, TimeProvider clock)
    {
        _options = options;
        _clock = clock;
        // One client for the process, its connections renewed now and then so DNS changes are seen. Its timeout is
        // the wire's, in real time: a simulated clock must not make a receiver look slow or fast.
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false })
        {
            Timeout = TimeSpan.FromSeconds(options.Value.TimeoutSeconds),
        };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("Platform-Webhooks/1.0");
    }

    /// <summary>Throws when the receiver cannot be reached, does not answer in time or answers other than 2xx.</summary>
    public async Task SendAsync(string idempotencyKey, WebhookMessage webhook, CancellationToken ct)
    {
        var secret = SecretOf(webhook);
        var timestamp = _clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url)
        {
            Content = new StringContent(webhook.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(EventHeader, webhook.Event);
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(SignatureHeader, WebhookSignature.Compute(secret, timestamp, webhook.Body));
        request.Headers.Add(IdempotencyHeader, idempotencyKey);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new OutboxSendException($"The receiver answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }
    }

    // Read at each send, not at enqueue: a rotated secret signs the tries that follow the restart.
    private string SecretOf(WebhookMessage webhook)
    {
        if (!string.IsNullOrEmpty(webhook.Secret))
        {
            return webhook.Secret;
        }
        var name = webhook.SecretName is { Length: > 0 } named ? named : WebhookOptions.DefaultSecret;
        return _options.Value.Secrets.TryGetValue(name, out var secret) && !string.IsNullOrEmpty(secret)
            ? secret
            : throw new OutboxSendException($"No webhook secret named \"{name}\" is configured (Platform:Webhooks:Secrets:{name}).");
    }

    public void Dispose() => _http.Dispose();
}
