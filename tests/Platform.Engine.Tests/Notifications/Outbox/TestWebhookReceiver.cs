using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Platform.Engine.Tests.Notifications.Outbox;

/// <summary>
/// An HTTP receiver on 127.0.0.1 and a free port. It keeps every request with its headers and body, and
/// answers with the statuses queued in <see cref="AnswerNext"/>, then 200. It can also leave a request
/// unanswered (<see cref="HoldNext"/>), as a receiver that hangs does, while it goes on serving the others.
/// </summary>
public sealed class TestWebhookReceiver : IDisposable
{
    private readonly HttpListener _listener;
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();
    private readonly ConcurrentQueue<HttpStatusCode> _answers = new();
    private readonly Task _serving;
    private readonly List<HttpListenerContext> _held = [];
    private TaskCompletionSource<ReceivedRequest>? _holdNext;

    public TestWebhookReceiver()
    {
        (_listener, Url) = Listen();
        _serving = ServeAsync();
    }

    public Uri Url { get; }

    public IReadOnlyList<ReceivedRequest> Received => [.. _received];

    public void AnswerNext(HttpStatusCode status, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _answers.Enqueue(status);
        }
    }

    /// <summary>
    /// Keeps the next request unanswered until <see cref="ReleaseHeld"/> or disposal. The task completes when
    /// that request has arrived whole: its sender is then waiting for the answer.
    /// </summary>
    public Task<ReceivedRequest> HoldNext()
    {
        var arrived = new TaskCompletionSource<ReceivedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _holdNext, arrived);
        return arrived.Task;
    }

    /// <summary>Answers the held requests with 200; one whose sender has gone meanwhile is dropped.</summary>
    public void ReleaseHeld()
    {
        HttpListenerContext[] held;
        lock (_held)
        {
            held = [.. _held];
            _held.Clear();
        }
        foreach (var context in held)
        {
            try
            {
                context.Response.StatusCode = (int)HttpStatusCode.OK;
                context.Response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException or InvalidOperationException)
            {
            }
        }
    }

    // HttpListener needs a port up front: take a free one from the system, and another if someone took it first.
    private static (HttpListener, Uri) Listen()
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var url = new Uri($"http://127.0.0.1:{port}/hooks/");
            var listener = new HttpListener();
            listener.Prefixes.Add(url.ToString());
            try
            {
                listener.Start();
                return (listener, url);
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                listener.Close();
            }
        }
    }

    private async Task ServeAsync()
    {
        try
        {
            while (_listener.IsListening)
            {
                var context = await _listener.GetContextAsync();
                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var body = await reader.ReadToEndAsync();
                var headers = context.Request.Headers.AllKeys.OfType<string>()
                    .ToDictionary(k => k, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase);
                var request = new ReceivedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, headers, body);
                _received.Enqueue(request);
                if (Interlocked.Exchange(ref _holdNext, null) is { } hold)
                {
                    lock (_held)
                    {
                        _held.Add(context);
                    }
                    hold.TrySetResult(request);
                    continue;
                }
                context.Response.StatusCode = (int)(_answers.TryDequeue(out var status) ? status : HttpStatusCode.OK);
                context.Response.Close();
            }
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
        }
    }

    public void Dispose()
    {
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }

    public sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);
}
