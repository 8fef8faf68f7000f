using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Platform.Benchmarks;

/// <summary>
/// One API client: its own HttpClient over exactly one keep-alive connection, signed in with an API key,
/// as an integrator's sync job would be. Bodies are prepared before timing, so the client spends as
/// little of the shared CPU as it can.
/// </summary>
public sealed class PlatformApi : IDisposable
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };
    private readonly HttpClient _http;

    public PlatformApi(Uri address, string apiKey)
    {
        _http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 1,
            UseCookies = false,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
        })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromMinutes(5),
        };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
    }

    /// <summary>Signs in as the admin with a cookie, as a person would, and creates the key the clients use.</summary>
    public static async Task<string> CreateApiKeyAsync(Uri address, CancellationToken ct)
    {
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer() }) { BaseAddress = address };
        using (var login = await http.PostAsJsonAsync("/api/auth/login", new { email = ServerHost.AdminEmail, password = ServerHost.AdminPassword }, ct))
        {
            await EnsureAsync(login, HttpStatusCode.OK, ct);
        }
        using var created = await http.PostAsJsonAsync("/api/api-keys", new { name = "benchmark" }, ct);
        await EnsureAsync(created, HttpStatusCode.Created, ct);
        using var document = JsonDocument.Parse(await created.Content.ReadAsStringAsync(ct));
        return document.RootElement.GetProperty("key").GetString()!;
    }

    public async Task CreateEntityAsync(string definition, CancellationToken ct)
    {
        using var response = await _http.PostAsync("/api/entities", new StringContent(definition, Encoding.UTF8, "application/json"), ct);
        await EnsureAsync(response, HttpStatusCode.Created, ct);
    }

    /// <summary>POST one record; the answer is read in full, as a client would, but not parsed.</summary>
    public async Task CreateAsync(string entity, byte[] body, CancellationToken ct)
    {
        using var response = await _http.PostAsync($"/api/entities/{entity}/records", Content(body), ct);
        await EnsureAsync(response, HttpStatusCode.Created, ct);
        await response.Content.CopyToAsync(Stream.Null, ct);
    }

    public async Task BulkCreateAsync(string entity, byte[] body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/entities/{entity}/records/bulk") { Content = Content(body) };
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        await EnsureAsync(response, HttpStatusCode.Created, ct);
        await response.Content.CopyToAsync(Stream.Null, ct);
    }

    /// <summary>PATCH a record without If-Match (last write wins); the answer is read in full but not parsed.</summary>
    public async Task PatchAsync(string path, byte[] body, CancellationToken ct)
    {
        using var response = await _http.PatchAsync(path, Content(body), ct);
        await EnsureAsync(response, HttpStatusCode.OK, ct);
        await response.Content.CopyToAsync(Stream.Null, ct);
    }

    /// <summary>POST JSON and expect <paramref name="expected"/>; the answer's bytes, read in full but not parsed.</summary>
    public async Task<byte[]> PostAsync(string path, byte[] body, HttpStatusCode expected, CancellationToken ct)
    {
        using var response = await _http.PostAsync(path, Content(body), ct);
        await EnsureAsync(response, expected, ct);
        return await response.Content.ReadAsByteArrayAsync(ct);
    }

    /// <summary>GET and return the body's bytes; parsing is left to the caller, outside the timed part.</summary>
    public async Task<byte[]> GetAsync(string pathAndQuery, CancellationToken ct)
    {
        using var response = await _http.GetAsync(pathAndQuery, ct);
        await EnsureAsync(response, HttpStatusCode.OK, ct);
        return await response.Content.ReadAsByteArrayAsync(ct);
    }

    private static ByteArrayContent Content(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = JsonType;
        return content;
    }

    private static async Task EnsureAsync(HttpResponseMessage response, HttpStatusCode expected, CancellationToken ct)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            throw new HttpRequestException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} answered {(int)response.StatusCode}, expected {(int)expected}: {body[..Math.Min(body.Length, 600)]}");
        }
    }

    public void Dispose() => _http.Dispose();
}
