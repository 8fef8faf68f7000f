using Microsoft.Extensions.Logging;
using Platform.Engine.Common;
using Platform.Engine.Storage;

namespace Platform.Engine.Notifications.Outbox;

/// <summary>
/// Sends what is due in the outbox. The server's worker runs it (<see cref="IJobQueue"/>): woken when a message
/// is queued or retried, and when the next retry falls due by the <see cref="TimeProvider"/>. The simulated clock
/// runs it too (<see cref="IScheduledWork"/>), so hours of retries pass in one call.
/// <para>
/// Each try is recorded in a write of its own after the send. A crash between the two leaves the row due, and it
/// is sent again with the same idempotency key: at least once, with duplicates recognisable by the receiver.
/// </para>
/// </summary>
public sealed class OutboxDispatcher(OutboxStore store, Database database, EmailSender email, WebhookSender webhooks,
    TimeProvider clock, ILogger<OutboxDispatcher> logger) : IJobQueue, IScheduledWork
{
    private const int Batch = 50;
    private const int MaxError = 1_000;
    internal const string EmailNotConfigured = "e-mail is not configured (Platform:Email:Host).";

    // Longest sleep between looks at the table, so that a clock jump or a lost wake-up costs at most this.
    private static readonly TimeSpan MaxWait = TimeSpan.FromHours(1);

    // After a run that failed (the database refused a write), due rows are still due: pause instead of spinning.
    private static readonly TimeSpan PauseAfterFault = TimeSpan.FromSeconds(30);

    private readonly JobSignal _signal = new();
    private readonly SemaphoreSlim _running = new(1, 1);
    private volatile bool _faulted;

    /// <summary>Tells the worker a message was queued or made due.</summary>
    public void Wake() => _signal.Wake();

    /// <summary>Nothing is held in memory between tries: rows that were being sent when the process stopped are still due.</summary>
    public Task RecoverAsync(DateTimeOffset startedAt, CancellationToken ct) => Task.CompletedTask;

    public Task RunPendingAsync(CancellationToken ct) => RunDueAsync(ct);

    public Task<DateTimeOffset?> NextDueAsync(CancellationToken ct) => store.NextDueAsync(email.IsConfigured, ct);

    /// <summary>Sends every row due now, one at a time; the worker and the simulated clock never send the same row twice at once.</summary>
    public async Task RunDueAsync(CancellationToken ct)
    {
        await _running.WaitAsync(ct);
        try
        {
            if (!email.IsConfigured)
            {
                await database.WriteAsync<int>(async scope => await store.NoteWaitingEmailsAsync(scope, EmailNotConfigured, clock.GetUtcNow(), ct), ct);
            }
            // Due as of the start: a row that fails now is due again only later, so this ends.
            var now = clock.GetUtcNow();
            IReadOnlyList<OutboxRow> due;
            while ((due = await store.DueAsync(now, email.IsConfigured, Batch, ct)).Count > 0)
            {
                foreach (var row in due)
                {
                    await DispatchAsync(row, ct);
                }
            }
            _faulted = false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _faulted = true;
            throw;
        }
        finally
        {
            _running.Release();
        }
    }

    /// <summary>Waits until a message is queued or the next retry is due.</summary>
    public async Task WaitAsync(CancellationToken ct)
    {
        var wait = MaxWait;
        try
        {
            if (await NextDueAsync(ct) is { } due)
            {
                wait = due - clock.GetUtcNow();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not read when the next outbox message is due");
        }
        if (_faulted && wait < PauseAfterFault)
        {
            wait = PauseAfterFault;
        }
        if (wait <= TimeSpan.Zero)
        {
            return;
        }
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct);
        await Task.WhenAny(_signal.WaitAsync(linked.Token), Task.Delay(wait < MaxWait ? wait : MaxWait, clock, linked.Token));
        await linked.CancelAsync();
        ct.ThrowIfCancellationRequested();
    }

    private async Task DispatchAsync(OutboxRow row, CancellationToken ct)
    {
        string? error = null;
        try
        {
            // Read inside the try: a row that cannot be read counts as a failed try instead of stopping every run.
            var message = row.ToMessage();
            await (message.Email is { } mail
                ? email.SendAsync(message.IdempotencyKey, mail, ct)
                : webhooks.SendAsync(message.IdempotencyKey, message.Webhook!, ct));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            error = Describe(e);
            logger.LogWarning("Outbox message {Id} ({Kind}) failed on try {Try}: {Error}", row.Id, row.Kind, row.Attempts + 1, error);
        }
        var at = clock.GetUtcNow();
        // Recorded even when the host is stopping: the message has gone, or the try has counted.
        await database.WriteAsync<bool>(async scope =>
        {
            if (error is null)
            {
                await store.MarkSentAsync(scope, row.Id, at, CancellationToken.None);
            }
            else
            {
                var wait = RetrySchedule.After((int)row.Attempts + 1);
                await store.MarkFailedAsync(scope, row.Id, error, at + wait, at, CancellationToken.None);
            }
            return true;
        }, CancellationToken.None);
    }

    private static string Describe(Exception e)
    {
        var text = e switch
        {
            TaskCanceledException => "No answer in time.",
            MailKit.Net.Smtp.SmtpCommandException smtp => $"The mail server answered {(int)smtp.StatusCode}: {smtp.Message}",
            _ => e.Message,
        };
        return text.Length <= MaxError ? text : text[..MaxError];
    }
}
