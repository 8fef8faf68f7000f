using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.Engine.Common;

/// <summary>
/// Runs one <see cref="IJobQueue"/> in the server process. It starts once the host has started, which is
/// after the migrations have run, and first resumes what a stop or a crash interrupted.
/// </summary>
public sealed class JobWorker<TQueue>(TQueue jobs, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<JobWorker<TQueue>> logger)
    : BackgroundService where TQueue : IJobQueue
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var since = clock.GetUtcNow();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task;
        }
        await jobs.RecoverAsync(since, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await jobs.RunPendingAsync(stoppingToken);
                await jobs.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A failing database must not stop the host; the next job queued wakes the worker again.
                logger.LogError(e, "Background jobs of {Queue} stopped; waiting for the next one", typeof(TQueue).Name);
                await jobs.WaitAsync(stoppingToken);
            }
        }
    }
}
