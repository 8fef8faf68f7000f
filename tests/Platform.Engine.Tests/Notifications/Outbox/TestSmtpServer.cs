using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Platform.Engine.Tests.Notifications.Outbox;

/// <summary>
/// A minimal SMTP server on 127.0.0.1 and a free port: it speaks enough of RFC 5321 for MailKit (EHLO, MAIL,
/// RCPT, DATA, RSET, NOOP, QUIT) and keeps every message it accepts. It can refuse recipients, as a real
/// server does for an unknown mailbox, and it can hold back its acceptance of a message it has received whole
/// (<see cref="HoldNextAcceptance"/>), as a server that hangs before its last answer does.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<ReceivedMail> _received = new();
    private readonly Task _accepting;
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource<ReceivedMail>? _holdNext;

    public TestSmtpServer()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    public int Port { get; }

    /// <summary>While true, every RCPT is answered 550 (mailbox unavailable).</summary>
    public bool RefuseRecipients { get; set; }

    public IReadOnlyList<ReceivedMail> Received => [.. _received];

    /// <summary>
    /// The next message is kept, but its "250" is not sent until <see cref="ReleaseHeld"/> or disposal. The task
    /// completes when the message has arrived whole: its sender is then waiting for that answer.
    /// </summary>
    public Task<ReceivedMail> HoldNextAcceptance()
    {
        var arrived = new TaskCompletionSource<ReceivedMail>(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _holdNext, arrived);
        return arrived.Task;
    }

    public void ReleaseHeld() => _release.TrySetResult();

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = ServeAsync(client);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.Latin1);
        await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost test SMTP ready");
        string? from = null;
        var to = new List<string>();
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
            switch (verb)
            {
                case "EHLO" or "HELO":
                    await writer.WriteLineAsync("250 localhost");
                    break;
                case "MAIL":
                    (from, to) = (Address(line), []);
                    await writer.WriteLineAsync("250 2.1.0 OK");
                    break;
                case "RCPT" when RefuseRecipients:
                    await writer.WriteLineAsync("550 5.1.1 Mailbox unavailable");
                    break;
                case "RCPT":
                    to.Add(Address(line));
                    await writer.WriteLineAsync("250 2.1.5 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var mail = new ReceivedMail(from ?? "", [.. to], await ReadDataAsync(reader));
                    _received.Enqueue(mail);
                    if (Interlocked.Exchange(ref _holdNext, null) is { } hold)
                    {
                        hold.TrySetResult(mail);
                        await _release.Task.WaitAsync(_stop.Token);
                    }
                    await writer.WriteLineAsync("250 2.0.0 Queued");
                    break;
                case "RSET" or "NOOP":
                    await writer.WriteLineAsync("250 2.0.0 OK");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 2.0.0 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 5.5.1 Command not implemented");
                    break;
            }
        }
    }

    private async Task<string> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(_stop.Token) is { } line && line != ".")
        {
            // Dot-stuffing: a line that starts with a dot was sent with one more.
            data.Append(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line).Append("\r\n");
        }
        return data.ToString();
    }

    private static string Address(string line)
    {
        var start = line.IndexOf('<');
        var end = line.IndexOf('>');
        return start >= 0 && end > start ? line[(start + 1)..end] : "";
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }

    /// <summary>One accepted message: the envelope and the message as sent.</summary>
    public sealed record ReceivedMail(string From, IReadOnlyList<string> Recipients, string Data)
    {
        public MimeMessage Parse() => MimeMessage.Load(new MemoryStream(Encoding.Latin1.GetBytes(Data)));
    }
}
